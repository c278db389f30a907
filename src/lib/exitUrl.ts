/** Checks an exit address typed in Settings. Pure, so the rules are easy to test. */

/** Why an address was not taken, for a message in the language shown. */
export type ExitUrlProblem = 'notAddress' | 'notHttps' | 'credentials' | 'sameSite';

export type ExitUrlCheck =
  { ok: true; url: string } | { ok: false; reason: ExitUrlProblem; message: string };

export function checkExitUrl(text: string, ownOrigin?: string): ExitUrlCheck {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return {
      ok: false,
      reason: 'notAddress',
      message: 'This does not look like a web address. It should start with https://',
    };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      reason: 'notHttps',
      message: 'Please use an address that starts with https:// so the page opens safely.',
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      reason: 'credentials',
      message: 'Please use an address without a name or password in it.',
    };
  }
  if (ownOrigin !== undefined && url.origin === ownOrigin) {
    return {
      ok: false,
      reason: 'sameSite',
      message: 'Quick exit needs to go to a different site from this one.',
    };
  }
  return { ok: true, url: url.href };
}
