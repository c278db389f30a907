/**
 * Slowing down guesses: after a few wrong passphrases each further try waits longer.
 * Nothing is ever deleted. The count is kept in localStorage so a reload does not reset
 * it (someone with developer tools can clear it; Argon2id still makes each guess slow).
 */

const STORAGE_KEY = 'keel.unlock';
export const FREE_TRIES = 3;
export const FIRST_WAIT_MS = 5_000;
export const LONGEST_WAIT_MS = 5 * 60_000;

export interface Attempts {
  failures: number;
  lastFailureAt: number;
}

/** How long to wait after this many failures in a row before the next try. */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES), LONGEST_WAIT_MS);
}

/** Milliseconds until another try is allowed (0 = now). */
export function waitLeft(attempts: Attempts, now: number): number {
  return Math.max(0, attempts.lastFailureAt + waitAfter(attempts.failures) - now);
}

export function readAttempts(): Attempts {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    if (parsed && typeof parsed === 'object') {
      const { failures, lastFailureAt } = parsed as Record<string, unknown>;
      if (typeof failures === 'number' && typeof lastFailureAt === 'number') {
        return { failures, lastFailureAt };
      }
    }
  } catch {
    // Unreadable: start from nothing.
  }
  return { failures: 0, lastFailureAt: 0 };
}

export function recordFailure(now: number): Attempts {
  const next = { failures: readAttempts().failures + 1, lastFailureAt: now };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage off: the wait still applies in this page.
  }
  return next;
}

export function clearAttempts(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to clear.
  }
}
