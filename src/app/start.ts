/** Starting the app: open the database, watch for other tabs, open or lock the journal. */
import { database } from '../db/schema';
import { loadJournal } from '../db/repo';
import { cancelDraftSave, flushDraftSave, installAutosaveFlush } from '../journal/autosave';
import { dropIndex } from '../journal/searchIndex';
import { openVault } from '../vault/session';
import { firstRunOffer, lockScreen, ready } from './screens';
import { useKeel } from './store';

export const RELOAD_MESSAGE =
  'Keel was updated in another tab or window. Reload to go on; everything you saved is kept.';

function watchOtherTabs(): void {
  const db = database();
  db.on('versionchange', () => {
    // Another tab needs a newer database. Start writing the last typed words (sealed
    // already; the write starts now, and IndexedDB finishes it before the close), drop
    // the journal from memory, and step aside at once so that tab's upgrade can go on.
    void flushDraftSave().catch(() => undefined);
    db.close();
    cancelDraftSave();
    dropIndex();
    useKeel.getState().resetAll('blocked');
    useKeel.getState().setPhase('blocked', RELOAD_MESSAGE);
    return false;
  });
  db.on('blocked', () => {
    useKeel
      .getState()
      .setPhase(
        'blocked',
        'Keel is open in another tab with an older version. Close that tab, then reload here.',
      );
  });
}

/** Loads the journal with a key and puts it in the store. */
export async function openJournal(key: CryptoKey, firstRun = false): Promise<void> {
  const [journal] = await Promise.all([loadJournal(key), firstRun && ready(firstRunOffer)]);
  useKeel.getState().open(key, journal, firstRun);
}

export async function start(): Promise<void> {
  installAutosaveFlush();
  watchOtherTabs();
  try {
    const opening = await openVault();
    if (opening.state === 'locked') {
      await ready(lockScreen); // the first screen with a passphrase: shown complete
      useKeel.getState().setPhase('locked');
    } else {
      await openJournal(opening.key, opening.firstRun);
    }
  } catch (error) {
    console.error(error);
    useKeel
      .getState()
      .setPhase(
        'failed',
        'Keel could not open its storage in this browser. Nothing has been changed. Reloading may help; private windows in some browsers do not allow storage.',
      );
  }
}
