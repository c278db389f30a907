/**
 * English words of the first screens (the frame and top bar, the lock screen, the passphrase
 * offer, the journal's list): fetched at start-up, before the rest (rest.en.ts). A component
 * drawn on a first screen reads them with useT('first'), which can say only these.
 */
import type { Plural } from '../../../lib/i18n/format';

const firstEn = {
  'afterDelete.cannotReach': 'What Keel cannot reach',
  'afterDelete.done': 'Everything Keel kept in this browser has been deleted.',
  'afterDelete.files':
    "Files saved outside Keel are still there: downloaded backups (.keel files), readable exports (Markdown, JSON or CSV) and printed or saved reports. They are usually in the Downloads folder, and listed in the browser's downloads list (in its menu; Ctrl+J on most computers). You can delete them there. Paper copies are wherever they were printed.",
  'afterDelete.heading': 'Deleted',
  'afterDelete.history': "The browser's history may still show this site's address.",
  'afterDelete.leave': 'Leave for the exit page',
  'afterDelete.startNew': 'Start a new journal',
  'failedTries.ok': 'OK',
  'filters.clear': 'Clear filters',
  'filters.from': 'From',
  'filters.hidden': '{name} (hidden)',
  'filters.mood': '{mood} {label}',
  'filters.moodIs': 'Mood is',
  'filters.summary': 'Filter',
  'filters.summaryOn': 'Filter (on)',
  'filters.to': 'To',
  'firstRun.heading': 'Would you like a passphrase?',
  'firstRun.later': 'You can add, change or remove it later in Settings.',
  'firstRun.notNow': 'Not now',
  'firstRun.set': 'Set a passphrase',
  'firstRun.what':
    'It keeps your journal shut until you type it. If you forget it, no one can get it back.',
  'firstRun.whenever': 'You can set a passphrase in Settings whenever you like.',
  'forgotten.button': 'Forgotten passphrase',
  'forgotten.cancel': 'Cancel',
  'forgotten.done': 'The backup is in place. Keel now opens with the passphrase of that backup.',
  'forgotten.failed': 'This could not be done just now. Nothing has been changed.',
  'forgotten.heading': 'If the passphrase is forgotten',
  'forgotten.holds': {
    one: 'The backup opened and holds {count} entry. Put it in place of the locked journal? The locked journal cannot be opened again afterwards.',
    other:
      'The backup opened and holds {count} entries. Put it in place of the locked journal? The locked journal cannot be opened again afterwards.',
  } satisfies Plural,
  'forgotten.intro':
    'This journal cannot be opened without its passphrase, by you or by anyone else. There is no reset. You can restore a backup file in its place, or start again.',
  'forgotten.opening': 'Opening the backup…',
  'forgotten.replace': 'Replace the locked journal',
  'forgotten.replacing': 'Putting the backup in place…',
  'forgotten.restoreHeading': 'Restore from a backup',
  'forgotten.restoreIntro':
    'A backup opens with the passphrase typed when it was made. It takes the place of the locked journal here, and from then on Keel opens with that passphrase.',
  'journal.heading': 'Journal',
  'journal.newEntry': 'New entry',
  'journal.search': 'Search entries',
  'list.label': 'Entries',
  'list.mood': ' · Mood {mood} ({label})',
  'list.unsaved': 'Unsaved changes kept',
  'lock.cancel': 'Cancel',
  'lock.help': 'Help',
  'lock.open': 'Open',
  'lock.openFailed': 'Keel could not open just now. Nothing has been changed. Please try again.',
  'lock.passphrase': 'Passphrase',
  'lock.stopped': 'Stopped. You can try again when you are ready.',
  'lock.unlock': 'Unlock',
  'lock.unlockFailed':
    'Keel could not unlock just now. Nothing has been changed. Please try again.',
  'lock.unlocking': 'Unlocking…',
  'lock.wait': {
    one: 'To keep the journal safe, you can try again in {count} second.',
    other: 'To keep the journal safe, you can try again in {count} seconds.',
  } satisfies Plural,
  'lock.wrong':
    'That passphrase did not open Keel. Take your time and try again; it may help to check Caps Lock.',
  'media.reportOriginals':
    'Print original files (photos keep hidden details such as where they were taken)',
  'media.reportPhotos': 'Photos',
  'nav.label': 'Main',
  'shell.lock': 'Lock',
  'shell.opening': 'Opening…',
  'shell.openingEntries':
    'Opening your entries… {count} so far. What you see here will include the rest when they are in.',
  'shell.quickExit': 'Quick exit',
  'shell.quickExitKeys': 'Or press Shift three times.',
  'shell.reload': 'Reload',
  'tags.events': 'Events',
  'tags.feelings': 'Feelings',
  'undo.deleted': 'Entry deleted.',
  'undo.dismiss': 'Dismiss',
  'undo.label': 'Deleted entry',
  'undo.restored': 'Entry restored',
  'undo.undo': 'Undo',
  'update.elsewhere':
    'Keel was updated in another tab. Reload to go on; everything you saved is kept.',
  'update.later': 'Later',
  'update.ready':
    'An update is ready. Keel works as it is until you reload, and nothing you wrote is lost.',
  'update.reload': 'Reload now',
  'update.unsaved':
    'Keel could not save what you are writing just now, so it did not reload. Try again in a moment.',
  'viewError.back': 'Back to the journal',
  'viewError.text':
    'This part of Keel could not be opened just now. Everything you saved is kept. Reloading usually helps.',
  'failedTries.line': {
    one: 'Since Keel was last opened, {count} wrong passphrase was tried ({when}).',
    other: 'Since Keel was last opened, {count} wrong passphrases were tried, the last on {when}.',
  } satisfies Plural,
  'journal.count.foundSoFar': {
    one: '{count} found so far. Opening your entries…',
    other: '{count} found so far. Opening your entries…',
  } satisfies Plural,
  'journal.count.narrowed': {
    one: '{shown} of {count} entries',
    other: '{shown} of {count} entries',
  } satisfies Plural,
  'journal.count.none': 'No entries yet. When you are ready, New entry opens a blank page.',
  'journal.count.openingSoFar': 'Opening your entries… {count} so far.',
  'journal.count.total': { one: '{count} entry', other: '{count} entries' } satisfies Plural,
  'journal.searchGettingReady': 'Search is getting ready. Your results will show here.',
  'list.noWords': '(no words)',
  'lock.closed': 'Keel is closed',
  'lock.locked': 'Keel is locked',
  'mood.1': 'very hard',
  'mood.2': 'hard',
  'mood.3': 'mixed',
  'mood.4': 'okay',
  'mood.5': 'good',
  'nav.journal': 'Journal',
  'nav.patterns': 'Patterns',
  'nav.reflect': 'Reflect',
  'nav.safety': 'Safety',
  'nav.settings': 'Settings',
  'problem.characters': { one: '{count} character', other: '{count} characters' } satisfies Plural,
  'problem.draftFailed': 'The draft could not be kept just now. What you typed is still on screen.',
  'problem.draftNoSpace':
    'This device is out of space, so the draft is not being kept right now. What you typed is still on screen.',
  'problem.saveFailed':
    'This could not be saved just now. Your words are still here, and Save will try again.',
  'problem.saveNoSpace':
    'This device is out of space, so this could not be saved yet. Your words are still here. Freeing some space and pressing Save again will keep them.',
  'problem.tooLong':
    'This is longer than Keel can keep in one piece ({limit}), so it was not stored. What you wrote is still on screen; shorten it or split it, and save again.',
  'problem.tooLongUnknown':
    'Keel could not keep this as it is, so nothing was stored. What you wrote is still on screen.',
  'shell.olderTab':
    'Keel is open in another tab with an older version. Close that tab, then reload here.',
  'shell.storageFailed':
    'Keel could not open its storage in this browser. Nothing has been changed. Reloading may help; private windows in some browsers do not allow storage.',
  'shell.updatedElsewhere':
    'Keel was updated in another tab or window. Reload to go on; everything you saved is kept.',
  'shell.wipeFailed':
    'Not everything could be deleted just now. Nothing is open on screen. Closing other Keel tabs, then reloading and trying again, may help.',
  'shell.needsReload': 'Keel needs a reload to go on.',
  'drafts.continue': 'Continue writing',
  'drafts.many': {
    one: '{count} entry you started is kept as a draft.',
    other: '{count} entries you started are kept as drafts.',
  } satisfies Plural,
  'drafts.noWords': 'No words yet',
  'drafts.one': 'An entry you started is kept as a draft.',
  'drafts.started': '{when}: {words}',
  'media.count': { one: '{count} attachment', other: '{count} attachments' },
} as const;

export default firstEn;
