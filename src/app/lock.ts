/**
 * Locking: the journal leaves memory. The last typed change is written first (as
 * ciphertext, already sealed), then the key, the search index and every decrypted
 * object are dropped. With no passphrase, the same happens and the journal shows
 * as closed; opening it again needs no passphrase (see docs/decisions/0004).
 */
import { endSession } from '../state/session';
import { type Phase, useKeel } from '../state/store';
import { tellOtherTabs } from '../lib/tabChannel';

/**
 * Drops the open journal from memory at once: the session ends (its key, search index,
 * timers, jump targets, drafts held open, and media: object URLs, a recording) and the
 * store lets go of every decrypted object. Writes still waiting (the draft, the safety plan) are either started first
 * ('flush': each takes the key now; the returned promise settles when they have) or
 * dropped ('discard').
 * Lock, quick exit, Delete everything and a newer tab's upgrade all leave through here.
 */
export function dropJournal(
  phase: Phase,
  pending: 'flush' | 'discard',
  problem?: string,
): Promise<void> {
  const written = endSession(pending);
  useKeel.getState().resetAll(phase, problem);
  return written;
}

/** Locks this tab only (hidden, back/forward cache, another tab's Lock). */
export async function lockJournal(): Promise<void> {
  // The flush holds only sealed rows, so the screen can lock at once while it finishes.
  await dropJournal('locked', 'flush');
}

/** Lock, or the idle lock: this tab and every other Keel tab and window. */
export async function lockEveryTab(): Promise<void> {
  tellOtherTabs({ type: 'lock' });
  await lockJournal();
}
