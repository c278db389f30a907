/** "Delete everything": drop what is in memory, remove what is stored, start afresh. */
import { wipeStorage } from '../vault/wipe';
import { dropJournal } from './lock';
import { useKeel } from './store';

export const WIPE_FAILED_MESSAGE =
  'Not everything could be deleted just now. Nothing is open on screen. Closing other Keel tabs, then reloading and trying again, may help.';

export async function deleteEverything(restart = () => window.location.reload()): Promise<void> {
  void dropJournal('starting', 'discard');
  try {
    await wipeStorage();
  } catch (error) {
    // Settings is gone from the screen by now, so the message shows in the app's place.
    console.error(error);
    useKeel.getState().setPhase('failed', WIPE_FAILED_MESSAGE);
    throw error;
  }
  restart();
}
