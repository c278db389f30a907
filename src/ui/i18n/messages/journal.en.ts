/** English words of features/journal (list, editor, entry page, search, filters, drafts, reports and exports made from the journal). Spread into en.ts; keys start with 'journal.' or the screen's own prefix. */
import type { Plural } from '../../../lib/i18n/format';

const journalEn = {
  // Moods, as the journal and Patterns name them

  // The journal: toolbar, search and the count line

  // The list

  // Filters

  // Feelings and events: the pickers and Settings' lists
  'tags.showAllFeelings': 'Show all feelings',
  'tags.showAllEvents': 'Show all events',
  'tags.showFewerFeelings': 'Show fewer feelings',
  'tags.showFewerEvents': 'Show fewer events',
  'tags.newFeeling': 'New feeling',
  'tags.newEvent': 'New event',
  'tags.addFeeling': 'Add feeling',
  'tags.addEvent': 'Add event',
  'tags.feelingExists': 'There is already a feeling called “{name}”.',
  'tags.eventExists': 'There is already an event called “{name}”.',
  'tags.nameOf': 'Name of “{name}”',
  'tags.rename': 'Rename',
  'tags.hide': 'Hide from pickers',
  'tags.removed': 'A removed tag',

  // Drafts offered on the journal

  // One entry, read
  'entry.gone': 'This entry is no longer here.',
  'entry.deleteQuestion': 'Delete this entry? You can undo this right after.',
  'entry.deleteConfirm': 'Delete entry',
  'entry.keepIt': 'Keep it',
  'entry.deleted': 'Entry deleted',
  'entry.written': 'Written {when}',
  'entry.writtenEdited': 'Written {when} · edited {edited}',
  'entry.unsavedNote':
    'Changes you began to this entry are kept safely on this device, not saved into it yet.',
  'entry.unsavedTitle': 'Unsaved changes kept.',
  'entry.continueEditing': 'Continue editing',
  'entry.mood': 'Mood {mood} ({label})',
  'entry.feelings': 'Feelings: {names}',
  'entry.events': 'Events: {names}',
  'entry.edit': 'Edit',
  'entry.delete': 'Delete',
  'entry.back': 'Back to journal',

  // The editor
  'editor.gone': 'This entry is no longer open.',
  'editor.saved': 'Saved',
  'editor.stopQuestion': 'Stop editing and keep the entry as it was?',
  'editor.stop': 'Stop editing',
  'editor.keepEditing': 'Keep editing',
  'editor.throwAwayQuestion': 'Throw away this unfinished entry? This cannot be undone.',
  'editor.throwAway': 'Throw it away',
  'editor.keepWriting': 'Keep writing',
  'editor.editEntry': 'Edit entry',
  'editor.newEntry': 'New entry',
  'editor.when': 'When it happened',
  'editor.text': 'Entry text',
  'editor.mood': 'Mood',
  'editor.clearMood': 'Clear mood',
  'editor.save': 'Save',
  'editor.cancelEdit': 'Cancel edit',
  'editor.discard': 'Discard draft',
  'editor.hint': 'Your writing is kept as you type, encrypted, on this device only.',

  // A save that met a change made elsewhere
  'conflict.changedNote':
    'This entry was changed in another Keel tab or window after you began. Your words here are kept; when you save, you can choose what to keep.',
  'conflict.deletedNote':
    'This entry was deleted in another Keel tab or window. Your words here are kept; when you save, you can keep them as an entry.',
  'conflict.deletedHeading': 'This entry was deleted elsewhere',
  'conflict.changedHeading': 'This entry changed elsewhere',
  'conflict.deleted':
    'While you were editing, it was deleted in another Keel tab or window. Your words are still here.',
  'conflict.changed':
    'While you were editing, it was saved in another Keel tab or window, or by an import. Saving here would replace those words, so nothing has been saved yet.',
  'conflict.unreadable':
    'The saved copy of this entry cannot be opened just now. Nothing has been saved yet, and it stays as it is.',
  'conflict.seeOther': 'See the other version',
  'conflict.keepAsEntry': 'Keep this as an entry',
  'conflict.keepBoth': 'Keep both',
  'conflict.useThis': 'Use this version',
  'conflict.cancel': 'Cancel',
  'conflict.hintBoth': 'Keep both saves your words as a new entry and leaves the other as it is.',
  'conflict.hintBothOrThis':
    'Keep both saves your words as a new entry and leaves the other as it is. Use this version puts your words in place of the other.',
} as const satisfies Record<string, string | Plural>;

export default journalEn;
