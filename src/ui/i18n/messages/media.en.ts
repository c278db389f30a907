/** English words of features/journal/attachments and features/journal/history. Spread into en.ts; keys start with 'media.', 'history.' or 'harm.'. */
import type { Plural } from '../../../lib/i18n/format';

const mediaEn = {
  // The editor's photos, screenshots and voice notes
  'media.legend': 'Photos, screenshots and voice notes',
  'media.describePhoto': 'Short description (used as its alt text)',
  'media.describeVoice': 'Note beside the voice note',
  'media.removePhoto': 'Remove photo',
  'media.removeVoice': 'Remove voice note',
  'media.removed': 'Removed from this entry.',
  'media.undo': 'Undo',
  'media.addPhoto': 'Add a photo or screenshot',
  'media.photoHint':
    'Photos and screenshots up to {size} each. You can also paste a screenshot or drop pictures here. They are sealed on this device like your words.',
  'media.sealing': 'Sealing and keeping the picture…',
  'media.addFailed': 'This file could not be added.',
  'media.location':
    'This photo holds the place where it was taken (a GPS location), and maybe the device that took it. Keel keeps the original sealed on this device; exports and prints leave these details out unless you choose to include original files.',
  // Why a file was not added
  'media.notPicture': 'Only pictures can be added here (photos and screenshots).',
  'media.tooMany':
    'One entry can hold {limit} photos and voice notes. Nothing was lost; another entry can hold more.',
  'media.photoTooBig':
    'This photo is {size}, more than Keel keeps in one photo ({limit}). A screenshot or a smaller copy of it will fit.',
  'media.voiceTooBig': 'This recording is larger than Keel keeps in one voice note ({limit}).',
  'media.empty': 'This file is empty, so there was nothing to add.',
  'media.noSpace':
    'This device is out of space, so this could not be added. Nothing already in your journal was touched; freeing some space and adding it again will keep it.',
  'media.megabytes': '{size} MB',
  // The voice recorder
  'media.record': 'Record a voice note',
  'media.stopRecording': 'Stop recording',
  'media.recording': 'Recording, {time}',
  'media.keepingVoice': 'Keeping the voice note…',
  'media.voiceHint':
    'A voice note can be up to {minutes} minutes long; recording stops by itself then, and keeps what was said. The sound is kept sealed on this device and never sent anywhere.',
  'media.noRecorder': 'This browser cannot record sound here.',
  'media.noMicrophone':
    'Keel could not use the microphone. The browser may be asking, or it may be switched off for this page in its settings.',
  'media.voiceFailed': 'The voice note could not be kept.',
  // Showing them
  'media.region': 'Photos and voice notes',
  'media.unreadable': 'This attachment could not be read on this device.',
  'media.entryUnreadable': 'An attachment of this entry could not be read on this device.',
  'media.openingPhoto': 'Opening the photo…',
  'media.openingVoice': 'Opening the voice note…',
  'media.noDescription': 'A photo without a description',
  'media.player': 'Voice note',
  'media.voiceNote': 'Voice note',
  'media.voiceNoteLength': 'Voice note, {length}',
  'media.sha': 'SHA-256 when added:',
  // The printable report
  'media.printFailed': 'This photo could not be prepared for printing.',

  // Earlier versions on the entry page
  'history.button': 'Earlier versions',
  'history.list': 'Earlier versions',
  'history.readFailed': 'The earlier versions could not be read just now. They are still kept.',
  'history.noneDiffer': 'No earlier versions differ from this one.',
  'history.written': 'Written {when}',
  'history.replaced': 'Replaced {when}',
  'history.happened': 'When it happened: {when}',
  'history.mood': 'Mood {mood} ({label})',
  'history.feelings': 'Feelings: {names}',
  'history.events': 'Events: {names}',
  'history.removedTag': 'A removed tag',
  'history.unreadable': {
    one: 'One earlier version could not be read; it is kept as it is.',
    other: '{count} earlier versions could not be read; they are kept as they are.',
  },
  'history.remove': 'Remove this version',
  'history.removeQuestion': 'Remove this earlier version? It was written {when}.',
  'history.removeStays':
    'The entry as it is now stays as it is. A removed version cannot be brought back here.',
  'history.keep': 'Keep it',
  'history.removeConfirm': 'Remove version',
  'history.removed': 'That earlier version was removed.',
  'history.removeFailed': 'That version could not be removed just now. It is still kept as it was.',

  // Details of what happened
  'harm.summary': 'Details of what happened (optional)',
  'harm.hint':
    'If it helps to have them later, for yourself or someone supporting you. Fill in any, or none.',
  'harm.region': 'Details of what happened',
  'harm.place': 'Where it happened',
  'harm.witnesses': 'Who saw or heard it',
  'harm.words': 'Words that were said',
  'harm.injuries': 'Injuries or medical care',
  'harm.report': 'Any report made',
  'harm.reportNumber': 'Report number',
  'harm.tooLong':
    'This is {over} longer than Keel can keep in one piece ({limit}). Everything is still here; shorten it or split it, and it will save.',
  'harm.characters': { one: '{count} character', other: '{count} characters' },
} as const satisfies Record<string, string | Plural>;

export default mediaEn;
