/** "Delete everything": drop what is in memory, remove what is stored, start afresh. */
import { cancelDraftSave } from '../journal/autosave';
import { dropIndex } from '../journal/searchIndex';
import { wipeStorage } from '../vault/wipe';
import { useKeel } from './store';

export async function deleteEverything(restart = () => window.location.reload()): Promise<void> {
  cancelDraftSave();
  dropIndex();
  useKeel.getState().resetAll('starting');
  await wipeStorage();
  restart();
}
