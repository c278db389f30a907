/** English words of features/lock. Spread into en.ts; keys start with 'lock.' or the screen's own prefix. */
import type { Plural } from '../../../lib/i18n/format';

const lockEn = {
  // Lock screen

  // Wrong passphrases tried while locked, said after a correct unlock

  // Forgotten passphrase, on the lock screen

  // Delete everything
  'deleteAll.heading': 'Delete everything',
  'deleteAll.onLockScreen':
    'This removes the locked journal from this device and lets you start again with an empty one. It cannot be undone.',
  'deleteAll.inSettings':
    'This removes every entry, draft, tag and setting, and the passphrase, from this device. It cannot be undone. If you want to keep your writing, make a backup first.',
  'deleteAll.word': 'DELETE',
  'deleteAll.typeWord': 'Type {word} to confirm',
  'deleteAll.button': 'Delete everything',
  'deleteAll.deleting': 'Deleting…',
  'deleteAll.failed':
    'Not everything could be deleted just now. Closing other Keel tabs and trying again may help.',

  // After Delete everything

  // What a passphrase does (first run and Settings)
  'passphrase.what':
    'A passphrase keeps your journal shut until you type it. Without one, anyone who can open this browser on this device can open Keel and read it.',
  'passphrase.forgetStrong': 'If you forget it, no one can get it back',
  'passphrase.forgetRest':
    ', not even us: there is no reset, and the journal cannot be opened without it. Choose words you will remember and others will not guess.',

  // The passphrase form and its fields
  'passphrase.current': 'Current passphrase',
  'passphrase.new': 'New passphrase',
  'passphrase.newAgain': 'New passphrase again',
  'passphrase.set': 'Set passphrase',
  'passphrase.change': 'Change passphrase',
  'passphrase.remove': 'Remove passphrase',
  'passphrase.tooShort':
    'Please use at least {min} characters. A few ordinary words you will remember work well.',
  'passphrase.notSame': 'The two new passphrases are not the same. Please type them again.',
  'passphrase.wasSet': 'Passphrase set. Keel will ask for it when it opens.',
  'passphrase.wasChanged': 'Passphrase changed.',
  'passphrase.wasRemoved': 'Passphrase removed. Keel opens without one now.',
  'passphrase.stopped': 'Stopped. Nothing has been changed.',
  'passphrase.wrongCurrent': 'The current passphrase did not match. Nothing has been changed.',
  'passphrase.saveFailed':
    'This could not be saved just now. Nothing has been changed. Please try again.',
  'passphrase.strengthHint':
    'Four or more random words make a strong passphrase that is easy to remember.',
  'passphrase.noSave':
    'If the browser offers to save this passphrase, choose “Never”: anyone who opens this browser could then open Keel with it.',
  'passphrase.newKey': 'Make a new key',
  'passphrase.newKeyWhy':
    'If someone may have known your old passphrase, a new key means nothing they copied with it can open your journal. It takes a little longer.',
  'passphrase.deriving': 'Making the key. This can take a few seconds.',
  'passphrase.writing': 'Sealing your journal with the new key. Please keep Keel open.',
  'passphrase.working': 'Working…',
  'passphrase.cancel': 'Cancel',

  // The strength estimate, as the new passphrase is typed
  'strength.short': 'At least {min} characters, please. Four or more random words work well.',
  'strength.easy':
    'This one is easy to guess. Four or more random words (not a saying or a song line) are much harder.',
  'strength.strong': 'Strong: four or more words are very hard to guess.',
  'strength.fair': 'Fair. One more random word would make it much harder to guess.',
  'strength.guessable':
    'This could be guessed. Four or more random words are much harder, and easy to remember.',

  // First run: the passphrase offer

  // The note after "Not now"
  'passphraseNote.heading': 'A passphrase, if you want one',
  'passphraseNote.text':
    'Your journal has a few entries now. A passphrase would keep them shut until you type it; you can set one in Settings.',
  'passphraseNote.toSettings': 'Go to Settings',
  'passphraseNote.hide': 'Hide this note',

  // Settings: Lock and passphrase
  'lockSettings.heading': 'Lock and passphrase',
  'lockSettings.isSet': 'A passphrase is set. Lock shuts the journal until it is typed again.',
  'lockSettings.notSet':
    'No passphrase is set. Lock only closes the journal on screen: anyone holding this device can open it again with one press.',
  'lockSettings.change': 'Change passphrase',
  'lockSettings.remove': 'Remove passphrase',
  'lockSettings.set': 'Set a passphrase',
  'lockSettings.idle': 'Lock after a quiet time',
  'lockSettings.never': 'Never',
  'lockSettings.after': {
    one: 'After {count} minute',
    other: 'After {count} minutes',
  } satisfies Plural,
  'lockSettings.hidden':
    'Lock whenever Keel is out of sight (another tab or app, or the screen goes off)',
  'lockSettings.saved': 'Saved',

  // Settings: a second passphrase
  'second.heading': 'A second passphrase',
  'second.what':
    'A second passphrase opens a separate, ordinary journal. If someone makes you open Keel, you can type it instead: this journal stays shut, and nothing in the other one mentions it.',
  'second.limits':
    "It cannot hide that Keel is on this device. Someone who looks into the browser's storage with developer tools could see that more is stored than the open journal shows. Delete everything, from either journal, removes both; each journal's backups hold only its own writing.",
  'second.livedIn': 'A few everyday entries in the second journal help it look lived in.',
  'second.isSet': "A second passphrase is set. This journal's passphrase stays while it is.",
  'second.change': 'Change second passphrase',
  'second.remove': 'Remove second passphrase',
  'second.set': 'Set a second passphrase',
  'second.current': 'Current second passphrase',
  'second.new': 'Second passphrase',
  'second.newAgain': 'Second passphrase again',
  'second.differ': "It must differ from this journal's passphrase. {noSave}",
  'second.save': 'Save second passphrase',
  'second.sameAsReal':
    'That is this journal’s passphrase. Please choose a different one for the second journal. Nothing has been changed.',
  'second.wrongCurrent': 'The current second passphrase did not match. Nothing has been changed.',
  'second.wasSet': 'Second passphrase set.',
  'second.wasChanged': 'Second passphrase changed.',
  'second.removeWhat':
    'This deletes the second journal and everything written in it. It cannot be undone. This journal is not touched.',
  'second.deleting': 'Deleting the second journal…',
  'second.deleteButton': 'Delete the second journal',
  'second.wasRemoved': 'Second passphrase removed, with its journal.',
  'second.removeFailed':
    'This could not be done just now. Nothing has been changed. Please try again.',

  // Staying safe on this device
  'stayingSafe.heading': 'Staying safe on this device',
  'stayingSafe.watchedStrong':
    'If this phone or computer may be watched (a monitoring app, a shared account, cloud backups of the browser), a passphrase does not help while you type:',
  'stayingSafe.watchedRest':
    "what is on the screen can be seen or recorded. A device they cannot reach, such as a trusted friend's phone or a library computer, is safer.",
  'stayingSafe.onlyHere':
    'Keel keeps your journal on this device only, encrypted. You know your situation best; take what helps and leave the rest.',
  'stayingSafe.quickExit':
    "Quick exit (the button at the top, or Shift pressed three times) hides Keel at once and opens an ordinary page you can choose. Back does not return to Keel, and the journal leaves the browser's memory.",
  'stayingSafe.passphrase':
    'A passphrase keeps the journal shut until it is typed. Without one, anyone who opens Keel on this device can read it.',
  'stayingSafe.history': "The browser's history still shows this site's address.",
  'stayingSafe.exitHeading': 'What Quick exit does not do',
  'stayingSafe.exitHistory':
    "It does not erase your browser history. This site's address stays in the history list and may be suggested when someone types in the address bar.",
  'stayingSafe.exitInstalled':
    "It does not hide that Keel was installed. An installed app can still show on the home screen, in the app list, or in the browser's settings.",
  'stayingSafe.exitOtherDevices':
    'It cannot reach other devices or shared accounts. If the browser is signed in to an account that syncs history to another phone or computer, that history may show there.',
  'stayingSafe.exitSeen':
    'It does not stop someone who already saw the screen, or who has a recording of it.',
  'stayingSafe.historyHeading': 'History, private windows and the tab title',
  'stayingSafe.removeSite':
    "Most browsers let you remove a single site from the history: open the history list, find this site's address, and remove it (on many phones, press and hold it). Be careful with options named “clear site data” or “cookies and site data”: those delete Keel's storage, and with it your journal.",
  'stayingSafe.emptyHistory':
    'An empty history on a device someone else checks can look unusual and raise questions. Removing only this site, and carrying on using the browser as usual, often looks more ordinary. There is no one right answer; you know what is safest for you.',
  'stayingSafe.private':
    "A private (incognito) window does not keep history, but it also does not keep Keel's storage: a journal written there is gone when the window closes. It is useful for reading help pages you do not want in your history.",
  'stayingSafe.tabTitle':
    "In Settings you can give the tab a plain title and icon, such as Notes. The address bar and history still show this site's address.",
  'stayingSafe.installed':
    "Installing the app while the tab is called Notes installs it as Notes, with its icon. An app installed earlier keeps the name it had then, until you remove it and install it again, and the browser's list of apps and its settings may still show this site's address.",
  'stayingSafe.findHeading': 'What someone could still find on this device',
  'stayingSafe.readable':
    "Nothing you write can be read without the journal's key. But some things stay readable on this device without the passphrase: the names of the storage tables, record ids and times, rough sizes and counts, when a wrong passphrase was last tried, the tab title and the Quick exit page you chose.",
  'stayingSafe.olderCopies':
    "Older copies of the journal's key and records can stay in the browser's files until the browser tidies them away. That is why a passphrase set from the start helps most. Setting one makes a new key, so those older copies cannot open what you write afterwards.",
  'stayingSafe.changedApp':
    'Someone with developer tools on this device could change the app itself, for example to catch a passphrase as it is typed. If that may have happened, a device they cannot reach is safer.',
  'stayingSafe.secondHeading': 'A second passphrase, and what it cannot hide',
  'stayingSafe.secondWhat':
    'In Settings you can set a second passphrase. Typed on the lock screen, it opens a separate, ordinary journal instead of this one. Its entries, patterns, search, settings, storage line and backups hold only what was written there, and it never mentions this journal.',
  'stayingSafe.secondLimits':
    "It cannot hide everything. Someone with developer tools on this device could see that the browser keeps two sets of encrypted records, roughly how many rows and how much space each has, and which one is open. They could not read either without its passphrase. Someone who knows Keel well might notice that the other journal's Settings has no part about a second passphrase.",
  'stayingSafe.secondBoth':
    'Delete everything, from either journal, removes both. A backup holds only the journal it was made in; a backup restored on the lock screen replaces this journal.',
  'stayingSafe.close': 'Close help',
  'stayingSafe.backToSafety': 'Back to safety',
  'stayingSafe.backToSettings': 'Back to settings',
} as const satisfies Record<string, string | Plural>;

export default lockEn;
