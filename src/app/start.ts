/** Starting the app: open the database, watch for other tabs, open or lock the journal. */
import { database } from '../storage/schema';
import {
  type EntryChunk,
  entriesNewestFirst,
  gather,
  loadJournalStart,
  noEntries,
} from '../storage/entryReads';
import { applyLocale } from '../lib/i18n/remembered';
import { loadFirstMessages, translateNow } from '../ui/i18n/i18n';
import type { FirstKey } from '../ui/i18n/messages/en';
import { installAutosaveFlush } from '../features/journal/autosave';
import { openVault } from '../state/openVault';
import { readKeyring } from '../storage/keyringStore';
import { dropJournal } from './lock';
import { nextTask } from './nextTask';
import { followOtherTabs } from './otherTabs';
import { firstRunOffer, lockScreen, ready } from './screens';
import { useKeel } from '../state/store';

/** Problems kept in the store are message keys, said in the language shown (App's Body). */
export const RELOAD_MESSAGE: FirstKey = 'shell.updatedElsewhere';

function watchOtherTabs(): void {
  const db = database();
  db.on('versionchange', () => {
    // Another tab needs a newer database. Start writing the last typed words (sealed
    // already; the write starts now, and IndexedDB finishes it before the close), drop
    // the journal from memory, and step aside at once so that tab's upgrade can go on.
    void dropJournal('blocked', 'flush', RELOAD_MESSAGE);
    db.close();
    return false;
  });
  db.on('blocked', () => {
    useKeel.getState().setPhase('blocked', 'shell.olderTab' satisfies FirstKey);
  });
}

/** While the rest loads, the store takes new entries at most this often (each one re-sorts the list). */
const COMMIT_EVERY_MS = 400;

/**
 * Takes the rest of the entries into the store, chunk by chunk, while the journal is in
 * use. Stops as soon as the journal is locked or opened again (the epoch moves on): a late
 * chunk is dropped, never shown in a later session.
 */
async function loadRest(epoch: number, chunks: AsyncGenerator<EntryChunk, void, undefined>) {
  const stale = () => useKeel.getState().epoch !== epoch;
  let pending = noEntries();
  let committed = performance.now();
  try {
    for await (const chunk of chunks) {
      if (stale()) return;
      gather(pending, chunk);
      if (performance.now() - committed >= COMMIT_EVERY_MS) {
        useKeel
          .getState()
          .addLoaded(epoch, pending.entries, pending.unreadable, false, pending.ivs);
        pending = noEntries();
        committed = performance.now();
      }
    }
    useKeel.getState().addLoaded(epoch, pending.entries, pending.unreadable, true, pending.ivs);
  } catch (error) {
    if (stale()) return;
    console.error(error);
    // Keep what opened; say plainly that the rest did not.
    useKeel.getState().addLoaded(epoch, pending.entries, pending.unreadable, true, pending.ivs);
    useKeel.getState().setStatus(translateNow('shell.loadProblem'));
  }
}

/** The sweep after an opening; its code is loaded once the journal is drawn, not before. */
function sweepAfterOpen(epoch: number): Promise<void> {
  return nextTask()
    .then(() => import('../features/journal/attachments/sweep'))
    .then(
      (sweep) => sweep.sweepMediaAfterOpen(epoch),
      (error: unknown) => console.error(error),
    );
}

/**
 * Opens the journal with a key: the shell is usable as soon as the drafts, tags, settings
 * and the newest entries are in; the rest follow in the background (see loadRest).
 * Resolves when the journal is open (`loaded` resolves when every entry is in).
 * A journal opened without a passphrase shows the passphrase offer until it is answered
 * (kept in the sealed settings, so a reload does not dismiss it).
 */
export async function openJournal(
  key: CryptoKey,
  firstRun = false,
  withoutPassphrase = firstRun,
): Promise<{ loaded: Promise<void> }> {
  const chunks = entriesNewestFirst(key);
  // A new journal fetches the offer alongside; an older one only once its settings say the
  // offer is still unanswered, so an answered journal loads none of the offer's code.
  const offerLoaded = firstRun ? ready(firstRunOffer) : null;
  const [start, first] = await Promise.all([loadJournalStart(key), chunks.next()]);
  const offer = firstRun || (withoutPassphrase && start.settings.passphraseOffer === 'waiting');
  if (offer) await (offerLoaded ?? ready(firstRunOffer));
  const newest: EntryChunk = first.done ? { ...noEntries(), last: true } : first.value;
  await nextTask(); // drawing the journal is one long task of its own
  const epoch = useKeel.getState().open(
    key,
    {
      ...start,
      entries: newest.entries,
      unreadable: start.unreadable + newest.unreadable,
      // The rows the first entries came from, so a backup or merge need not decrypt them again.
      entryIvs: newest.ivs,
    },
    offer,
    { loading: !newest.last },
  );
  if (newest.last) {
    void chunks.return(undefined);
    return { loaded: sweepAfterOpen(epoch) };
  }
  return { loaded: loadRest(epoch, chunks).then(() => sweepAfterOpen(epoch)) };
}

export async function start(): Promise<void> {
  // The first screens' words come alongside the journal's opening, not after it: the first
  // screen waits for both (App suspends until they are in; index.html's shell shows meanwhile).
  // The rest of the catalogue is fetched once a first screen is shown (App's Body).
  void loadFirstMessages().catch(() => undefined);
  applyLocale(); // <html lang> follows the chosen language from the first screen, lock screen too
  installAutosaveFlush();
  watchOtherTabs();
  followOtherTabs();
  try {
    // The screen a start will show is fetched as soon as the keyring says which, alongside
    // the key's opening (one round trip less on a slow network before the first screen).
    void readKeyring().then(
      (found) => {
        if (!found) void ready(firstRunOffer);
        else if (found.protection === 'passphrase') void ready(lockScreen);
      },
      () => undefined,
    );
    const opening = await openVault();
    await nextTask();
    if (opening.state === 'locked') {
      await ready(lockScreen); // the first screen with a passphrase: shown complete
      useKeel.getState().setPhase('locked');
    } else {
      await openJournal(opening.key, opening.firstRun, true);
    }
  } catch (error) {
    console.error(error);
    useKeel.getState().setPhase('failed', 'shell.storageFailed' satisfies FirstKey);
  }
}
