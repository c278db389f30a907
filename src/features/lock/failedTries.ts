/**
 * Telling the person, after a correct unlock, that wrong passphrases were tried meanwhile.
 * While locked only the count and the last try's time are kept, in plain localStorage (the
 * wait between tries needs them, and nothing can be sealed without the key). After a
 * correct unlock they move into the encrypted settings and leave localStorage.
 */
import { updateSettings } from '../../state/updateSettings';
import { useKeel } from '../../state/store';
import type { FailedTries } from '../../storage/types';
import { type Attempts, clearAttempts, readAttempts } from './attempts';
import type { Translate } from '../../ui/i18n/i18n';
import type { FirstKey } from '../../ui/i18n/messages/en';

/** Adds the tries made while locked to those not yet seen. */
export function addTries(
  previous: FailedTries | null | undefined,
  attempts: Attempts,
): FailedTries | null {
  if (attempts.failures <= 0) return previous ?? null;
  return {
    count: (previous?.count ?? 0) + attempts.failures,
    lastAt: Math.max(previous?.lastAt ?? 0, attempts.lastFailureAt),
  };
}

/** After a correct unlock: the plain count goes into the sealed settings, then is cleared. */
export async function foldAttemptsIntoSettings(): Promise<void> {
  const attempts = readAttempts();
  try {
    if (attempts.failures > 0) {
      const failedTries = addTries(useKeel.getState().settings.failedTries, attempts);
      await updateSettings({ failedTries }, { edit: false });
    }
  } catch {
    // The note is a courtesy: the journal is open either way.
  } finally {
    clearAttempts();
  }
}

/** The quiet line: how many, and when the last one was (a date in the language's own form). */
export function failedTriesLine(
  tries: FailedTries,
  t: Translate<FirstKey>,
  locale: string,
): string {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
    tries.lastAt,
  );
  return t('failedTries.line', { count: tries.count, when });
}

export async function dismissFailedTries(): Promise<void> {
  await updateSettings({ failedTries: null }, { edit: false });
}
