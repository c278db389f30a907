/**
 * Locking: the journal leaves memory. The last typed change is written first (as
 * ciphertext, already sealed), then the key, the search index and every decrypted
 * object are dropped. With no passphrase, the same happens and the journal shows
 * as closed; opening it again needs no passphrase (see docs/decisions/0004).
 */
import { cancelDraftSave, flushDraftSave } from '../journal/autosave';
import { dropIndex } from '../journal/searchIndex';
import { useKeel } from './store';

export async function lockJournal(): Promise<void> {
  // The flush holds only sealed rows, so the screen can lock at once while it finishes.
  const flushing = flushDraftSave().catch(() => undefined);
  dropIndex();
  useKeel.getState().resetAll('locked');
  await flushing;
  cancelDraftSave();
}
