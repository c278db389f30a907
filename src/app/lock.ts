/**
 * Locking: the journal leaves memory. The last typed change is written first (as
 * ciphertext, already sealed), then the key, the search index and every decrypted
 * object are dropped. With no passphrase, the same happens and the journal shows
 * as closed; opening it again needs no passphrase (see docs/decisions/0004).
 */
import { cancelDraftSave, flushDraftSave } from '../journal/autosave';
import { dropIndex } from '../journal/searchIndex';
import { type Phase, useKeel } from './store';

/**
 * Drops the open journal from memory at once: the search index, the key and every
 * decrypted object. A pending autosave is either written first ('flush': the write of the
 * sealed draft starts now; the returned promise settles when it has) or dropped ('discard').
 * Lock, quick exit, Delete everything and a newer tab's upgrade all leave through here.
 */
export function dropJournal(
  phase: Phase,
  draft: 'flush' | 'discard',
  problem?: string,
): Promise<void> {
  const written =
    draft === 'flush' ? flushDraftSave().then(cancelDraftSave, cancelDraftSave) : undefined;
  if (!written) cancelDraftSave();
  dropIndex();
  useKeel.getState().resetAll(phase, problem);
  return written ?? Promise.resolve();
}

export async function lockJournal(): Promise<void> {
  // The flush holds only sealed rows, so the screen can lock at once while it finishes.
  await dropJournal('locked', 'flush');
}
