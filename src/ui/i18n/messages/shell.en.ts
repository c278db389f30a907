/** English words of app/, ui/ and features/reflect. Spread into en.ts; keys start with 'shell.' or the screen's own prefix. */
import type { Plural } from '../../../lib/i18n/format';

const shellEn = {
  // The top bar and the main views
  'shell.lock': 'Lock',
  'shell.quickExit': 'Quick exit',
  'shell.quickExitKeys': 'Or press Shift three times.',
  'shell.pressShift': {
    one: 'Press Shift once more to leave this page.',
    other: 'Press Shift {count} more times to leave this page.',
  } satisfies Plural,
  'nav.label': 'Main',
  'nav.journal': 'Journal',
  'nav.patterns': 'Patterns',
  'nav.reflect': 'Reflect',
  'nav.safety': 'Safety',
  'nav.settings': 'Settings',
  'shell.opening': 'Opening…',
  'shell.needsReload': 'Keel needs a reload to go on.',
  'shell.reload': 'Reload',
  'shell.saved': 'Saved',
  'shell.gotIt': 'Got it',
  'shell.updatedElsewhere':
    'Keel was updated in another tab or window. Reload to go on; everything you saved is kept.',
  'shell.olderTab':
    'Keel is open in another tab with an older version. Close that tab, then reload here.',
  'shell.loadProblem':
    'Some of your entries could not be opened just now. Nothing has been changed; reloading may help.',
  'shell.storageFailed':
    'Keel could not open its storage in this browser. Nothing has been changed. Reloading may help; private windows in some browsers do not allow storage.',
  'shell.wipeFailed':
    'Not everything could be deleted just now. Nothing is open on screen. Closing other Keel tabs, then reloading and trying again, may help.',
  'shell.openingEntries':
    'Opening your entries… {count} so far. What you see here will include the rest when they are in.',

  // A view that could not be opened
  'viewError.text':
    'This part of Keel could not be opened just now. Everything you saved is kept. Reloading usually helps.',
  'viewError.back': 'Back to the journal',

  // After a delete
  'undo.label': 'Deleted entry',
  'undo.deleted': 'Entry deleted.',
  'undo.undo': 'Undo',
  'undo.dismiss': 'Dismiss',
  'undo.restored': 'Entry restored',

  // Rows that could not be opened
  'damaged.label': 'Some things could not be opened',
  'damaged.settings':
    'Your settings could not be opened, so Keel is using its starting settings for now, including where Quick exit goes and when Keel locks. You can look at them in Settings. The damaged copy is kept as it was, never mixed in.',
  'damaged.items': {
    one: '{count} saved item could not be opened; it may have been damaged on this device. It is kept exactly as it was, and everything else is here.',
    other:
      '{count} saved items could not be opened; they may have been damaged on this device. They are kept exactly as they were, and everything else is here.',
  } satisfies Plural,
  'damaged.backup': 'Making a backup now keeps everything that opened safe.',

  // A new version
  'update.ready':
    'An update is ready. Keel works as it is until you reload, and nothing you wrote is lost.',
  'update.elsewhere':
    'Keel was updated in another tab. Reload to go on; everything you saved is kept.',
  'update.unsaved':
    'Keel could not save what you are writing just now, so it did not reload. Try again in a moment.',
  'update.reload': 'Reload now',
  'update.later': 'Later',

  // Settings
  'settings.title': 'Settings',
  'exit.heading': 'Quick exit and tab',
  'exit.intro':
    'Quick exit leaves Keel at once for an ordinary web page and hides the journal. Press the Quick exit button, or Shift three times. Back will not bring Keel back.',
  'exit.page': 'Quick exit page',
  'exit.pageHelp':
    'The page Quick exit opens. Pick one you often look at anyway, like the weather or news, so it looks ordinary. It must start with https://',
  'exit.save': 'Save exit page',
  'exit.notAddress': 'This does not look like a web address. It should start with https://',
  'exit.notHttps': 'Please use an address that starts with https:// so the page opens safely.',
  'exit.credentials': 'Please use an address without a name or password in it.',
  'exit.sameSite': 'Quick exit needs to go to a different site from this one.',
  'exit.tab': 'Tab title and icon',
  'exit.tabHint':
    'What the browser tab shows, even while Keel is locked. The address bar and history still show this site’s address.',
  'exit.stayingSafe': 'Staying safe on this device',
  'disguise.Notes': 'Notes',
  'disguise.Calendar': 'Calendar',
  'disguise.Weather': 'Weather',
  'disguise.Recipes': 'Recipes',

  // Storage on this device
  'storage.heading': 'Storage on this device',
  'storage.mayBeCleared':
    'This browser has not promised to keep Keel’s storage. Some browsers, Safari among them, clear what a site stored after some days without a visit, unless it is added to the home screen; others clear it when space runs low. Adding Keel to your home screen helps, and a backup kept somewhere safe protects your journal either way.',
  'storage.kept':
    'This browser has agreed to keep Keel’s storage. It will not clear your journal to make room, even when space runs low.',
  'storage.unknown':
    'This browser does not say whether it will keep Keel’s storage. A backup kept somewhere safe protects your journal either way.',
  'storage.noUsage': 'This browser does not say how much space Keel uses.',
  'storage.used': 'Keel uses about {used} on this device, with the app’s own files.',
  'storage.usedOfQuota':
    'Keel uses about {used} on this device, with the app’s own files. The browser allows up to about {quota}.',
  'storage.checking': 'Checking…',
  'storage.ask': 'Ask the browser to keep it',
  'storage.granted': 'The browser will keep Keel’s storage.',
  'storage.notNow':
    'The browser said not now. Browsers decide this themselves, often by how much a site is used; adding Keel to the home screen can help.',
  'storage.offline':
    'Keel works without a network, and nothing you write leaves this device. Version {version}.',
  'storage.noMedia': 'No photos or voice notes are kept yet.',
  'storage.media': {
    one: 'Of that, {count} photo or voice note takes about {size}.',
    other: 'Of that, {count} photos and voice notes take about {size}.',
  } satisfies Plural,

  // Shared pieces (src/ui)
  'confirm.keepIt': 'Keep it',
  'problem.saveNoSpace':
    'This device is out of space, so this could not be saved yet. Your words are still here. Freeing some space and pressing Save again will keep them.',
  'problem.saveFailed':
    'This could not be saved just now. Your words are still here, and Save will try again.',
  'problem.draftNoSpace':
    'This device is out of space, so the draft is not being kept right now. What you typed is still on screen.',
  'problem.draftFailed': 'The draft could not be kept just now. What you typed is still on screen.',
} as const satisfies Record<string, string | Plural>;

export default shellEn;
