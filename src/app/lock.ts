/**
 * Locking: the journal leaves memory. The last typed change is written first (as
 * ciphertext, already sealed), then the key, the search index and every decrypted
 * object are dropped. With no passphrase, the same happens and the journal shows
 * as closed; opening it again needs no passphrase (see docs/decisions/0004).
 */
import { cancelDraftSave, flushDraftSave } from '../features/journal/autosave';
import { dropIndex } from '../features/journal/searchIndex';
import { releaseDrafts } from '../features/journal/tabDrafts';
import { startPendingSaves } from '../state/pendingSaves';
import { type Phase, useKeel } from '../state/store';
import { tellOtherTabs } from '../lib/tabChannel';

/**
 * Drops the open journal from memory at once: the search index, the key and every
 * decrypted object. Pending autosaves (the draft, and those in pendingSaves) are either
 * written first ('flush': each write starts now, with the key still at hand; the returned
 * promise settles when they have) or dropped ('discard').
 * Lock, quick exit, Delete everything and a newer tab's upgrade all leave through here.
 */
export function dropJournal(
  phase: Phase,
  draft: 'flush' | 'discard',
  problem?: string,
): Promise<void> {
  const written =
    draft === 'flush'
      ? Promise.all([
          flushDraftSave().then(cancelDraftSave, cancelDraftSave),
          startPendingSaves(),
        ]).then(() => undefined)
      : undefined;
  if (!written) cancelDraftSave();
  releaseDrafts();
  dropIndex();
  useKeel.getState().resetAll(phase, problem);
  return written ?? Promise.resolve();
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
