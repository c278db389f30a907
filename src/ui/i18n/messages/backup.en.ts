/** English words of features/backup. Spread into en.ts; keys start with 'backup.' or the screen's own prefix. */
import type { Plural } from '../../../lib/i18n/format';

const backupEn = {
  // Settings' section
  'backup.heading': 'Backups and exports',
  'backup.opening': 'Opening backups…',
  'backup.lastNone': 'No backup has been made from this device yet.',
  'backup.last': 'Last backup made on {date}.',
  'backup.reportHeading': 'Report for someone helping you',
  'backup.reportText':
    'A page to print or save as PDF for a therapist or advocate: the dates you choose, with your entries, a log of incidents, and a short summary.',
  'backup.reportOpen': 'Printable report',

  // What can go wrong (every one says the journal is unchanged)
  'backup.problem.too-large':
    'This file is larger than Keel can import (the limit is 100 MB), so it was not opened. Your journal has not been changed.',
  'backup.problem.empty':
    'This file is empty, so there is nothing to import. Your journal has not been changed.',
  'backup.problem.not-backup':
    'This file is not a Keel backup, so nothing was imported. Your journal has not been changed.',
  'backup.problem.other-app':
    'This looks like a file from another app, not a Keel backup, so nothing was imported. Your journal has not been changed.',
  'backup.problem.damaged':
    'This backup has been damaged or changed since it was made, so it cannot be opened safely. Your journal has not been changed. An older copy of the backup may still work.',
  'backup.problem.truncated':
    'This backup seems to be cut short, perhaps by an unfinished download or copy. Your journal has not been changed. Copying the file again may help.',
  'backup.problem.newer':
    'This backup was made by a newer version of Keel. Updating Keel here will let you import it. Your journal has not been changed.',
  'backup.problem.passphrase':
    'That passphrase does not open this backup. It is the one typed when the backup was made. Your journal has not been changed.',
  'backup.problem.invalid':
    'Something inside this backup is not in the shape Keel expects, so nothing was imported. Your journal has not been changed.',
  'backup.problem.csv-columns':
    'This CSV file is missing columns Keel needs from a Daylio export (a date and a mood). Your journal has not been changed.',
  'backup.problem.csv-empty':
    'This CSV file has no entries in it. Your journal has not been changed.',
  'backup.problem.csv-invalid':
    'Some rows of this CSV file could not be made into journal entries (a note may be far too long), so nothing was imported. Your journal has not been changed.',
  'backup.problem.export':
    'The backup could not be made just now. Your journal has not been changed, and trying again may help.',
  'backup.problem.write':
    'The import could not be written just now, so nothing was changed. If the device is short of space, freeing some and trying again will help.',

  // Encrypted backup
  'export.heading': 'Encrypted backup',
  'export.intro':
    'One file with everything you have written and set up here. It is locked with a passphrase you choose now. Your journal passphrase is a good choice, so there is only one to remember.',
  'export.passphrase': 'Backup passphrase',
  'export.again': 'Backup passphrase again',
  'export.submit': 'Export backup',
  'export.tooShort': 'A backup passphrase needs at least {count} characters.',
  'export.notSame': 'The two passphrases are not the same yet.',
  'export.making': 'Making the backup…',
  'export.done':
    'Your backup is ready, encrypted. Keep the file somewhere only you can reach, and keep the passphrase too: without it the backup cannot be opened.',
  'export.doneDamaged': {
    one: 'Your backup is ready, encrypted ({count} damaged record could not be included). Keep the file somewhere only you can reach, and keep the passphrase too: without it the backup cannot be opened.',
    other:
      'Your backup is ready, encrypted ({count} damaged records could not be included). Keep the file somewhere only you can reach, and keep the passphrase too: without it the backup cannot be opened.',
  } satisfies Plural,

  // Opening a backup file (Settings' import and the lock screen's restore)
  'backupFile.choose': 'Choose a backup file first.',
  'backupFile.file': 'Backup file',
  'backupFile.passphrase': 'Passphrase for this backup',
  'backupFile.import': 'Import',

  // Restore
  'import.heading': 'Restore from a backup',
  'import.checked':
    'Everything in the file is checked before anything is written, so a damaged file or a wrong passphrase leaves your journal just as it is.',
  'import.opening': 'Opening the backup…',
  'import.bringing': 'Bringing the backup in…',
  'import.holds': {
    one: 'The backup opened and holds {count} entry.',
    other: 'The backup opened and holds {count} entries.',
  } satisfies Plural,
  'import.stayDeleted': {
    one: '{count} of them was deleted after the backup was made, and will stay deleted.',
    other: '{count} of them were deleted after the backup was made, and will stay deleted.',
  } satisfies Plural,
  'import.goneHere': {
    one: '{count} entry here was deleted where the backup was made; merging removes it here too.',
    other:
      '{count} entries here were deleted where the backup was made; merging removes them here too.',
  } satisfies Plural,
  'import.needsChoice':
    'Your journal here already has writing in it. How should the two come together?',
  'import.safetyLegend': 'Safety settings in this backup',
  'import.safetyText':
    'These are set differently in the backup. The ones here stay unless you choose otherwise.',
  'import.safetyLine': '{name}: here {here}, in the backup {backup}',
  'import.safety.exitUrl': 'Quick exit goes to',
  'import.safety.tabTitle': 'Tab title',
  'import.safety.idleLockMinutes': 'Lock after this many idle minutes (0 is off)',
  'import.safety.lockWhenHidden': 'Lock when Keel is hidden',
  'import.yes': 'yes',
  'import.no': 'no',
  'import.takeSafety': 'Use the safety settings from the backup',
  'import.merge': 'Merge',
  'import.replace': 'Replace',
  'import.bringIn': 'Bring the backup in',
  'import.cancel': 'Cancel',
  'import.mergeHint':
    'Merge keeps everything here and adds what the backup has. Where the same entry is in both, the more recent edit is kept, and what was deleted stays deleted. Replace makes your journal exactly the backup.',
  'import.replaceText':
    'Replacing removes what is in this journal now. First, save a backup of it, locked with the passphrase you just typed, so nothing is lost.',
  'import.savingFirst': 'Saving a backup of this journal…',
  'import.downloadFirst': 'Download a backup of this journal first',
  'import.replaceMine': 'Replace my journal',
  'import.offered':
    'The backup was offered as a download. If the download was blocked or cancelled, the file is not there: download it again before replacing.',
  'import.haveFile': 'I can see the backup file in my downloads',
  'import.done': {
    one: 'The backup is in. Your journal has {count} entry.',
    other: 'The backup is in. Your journal has {count} entries.',
  } satisfies Plural,

  // Readable copy
  'readable.heading': 'Readable copy',
  'readable.intro':
    'A copy of your entries that opens without Keel, to read, print or keep elsewhere.',
  'readable.open': 'Readable export',
  'readable.warning':
    'These files are not encrypted. Anyone who finds the file can read every word in it. Keep it somewhere only you can reach, and delete it when you no longer need it.',
  'readable.from': 'Export from',
  'readable.to': 'Export to',
  'readable.emptyDates': 'Leave the dates empty for all entries.',
  'readable.kinds': 'The kinds of file',
  'readable.kind.md':
    '{name}: plain text that reads well anywhere, in any notes app or text editor.',
  'readable.kind.json':
    '{name}: the same entries laid out for another app or program to read, not for reading yourself.',
  'readable.kind.csv': '{name}: a table with one row per entry, to open in a spreadsheet app.',
  'readable.asMd': 'Export as Markdown',
  'readable.asJson': 'Export as JSON',
  'readable.asCsv': 'Export as CSV',
  'readable.originals':
    'Include original files (photos keep hidden details such as where they were taken)',
  'readable.zip': 'Export as a zip with photos and voice notes',
  'readable.none': 'There are no entries in those dates, so no file was made.',
  'readable.openingFirst': 'Opening your entries first, so the file has all of them…',
  'readable.done': {
    one: 'A readable file with {count} entry is saved.',
    other: 'A readable file with {count} entries is saved.',
  } satisfies Plural,
  'readable.zipDone': {
    one: 'A zip with {count} entry and their photos and voice notes is saved.',
    other: 'A zip with {count} entries and their photos and voice notes is saved.',
  } satisfies Plural,
  // Inside the files
  'readable.md.title': 'Journal',
  'readable.md.written': 'Written: {when}',
  'readable.md.mood': 'Mood: {mood} ({label})',
  'readable.md.feelings': 'Feelings: {names}',
  'readable.md.events': 'Events: {names}',
  'readable.md.prompt': 'Prompt: {prompt}',
  'readable.md.harm': 'Details of what happened',
  'readable.csv.happened': 'happened',
  'readable.csv.written': 'written',
  'readable.csv.mood': 'mood',
  'readable.csv.mood_words': 'mood_words',
  'readable.csv.feelings': 'feelings',
  'readable.csv.events': 'events',
  'readable.csv.prompt': 'prompt',
  'readable.csv.text': 'text',
  'readable.csv.harm_place': 'harm_place',
  'readable.csv.harm_witnesses': 'harm_witnesses',
  'readable.csv.harm_words': 'harm_words',
  'readable.csv.harm_injuries': 'harm_injuries',
  'readable.csv.harm_report': 'harm_report',
  'readable.csv.harm_report_number': 'harm_report_number',

  // Daylio
  'daylio.heading': 'Bring in entries from Daylio',
  'daylio.intro':
    'In Daylio, export your entries as CSV, then choose that file here. You can decide what each mood and activity becomes before anything is added.',
  'daylio.file': 'Daylio CSV file',
  'daylio.read': 'Read Daylio file',
  'daylio.choose': 'Choose a Daylio CSV file first.',
  'daylio.working': 'Working…',
  'daylio.found': { one: '{count} entry found.', other: '{count} entries found.' } satisfies Plural,
  'daylio.skippedRows': {
    one: '{count} row has no date or no mood Keel could read, and will be left out.',
    other: '{count} rows have no date or no mood Keel could read, and will be left out.',
  } satisfies Plural,
  'daylio.knownOnly':
    'It is already in your journal (the same day, time, mood and words), so importing it again adds nothing.',
  'daylio.knownAll':
    'All {count} are already in your journal (the same day, time, mood and words), so importing them again adds nothing.',
  'daylio.knownSome': {
    one: '{count} of them is already in your journal (the same day, time, mood and words), and will be left out.',
    other:
      '{count} of them are already in your journal (the same day, time, mood and words), and will be left out.',
  } satisfies Plural,
  'daylio.moods': 'Moods',
  'daylio.moodFor': 'Mood for “{name}”',
  'daylio.moodOption': '{mood} ({label})',
  'daylio.activities': 'Activities',
  'daylio.activityBecomes': 'Activity “{name}” becomes',
  'daylio.newEvent': 'A new event called “{name}”',
  'daylio.newFeeling': 'A new feeling called “{name}”',
  'daylio.leaveOut': 'Leave it out',
  'daylio.feelingTag': 'Feeling: {name}',
  'daylio.eventTag': 'Event: {name}',
  'daylio.import': 'Import from Daylio',
  'daylio.cancel': 'Cancel',
  'daylio.nothingOne': 'The entry in this file is already in your journal, so nothing was added.',
  'daylio.nothingAll':
    'All {count} entries in this file are already in your journal, so nothing was added.',
  'daylio.added': {
    one: '{count} entry from Daylio is in your journal now.',
    other: '{count} entries from Daylio are in your journal now.',
  } satisfies Plural,
  'daylio.alreadyThere': {
    one: '{count} entry was already there and was left out.',
    other: '{count} entries were already there and were left out.',
  } satisfies Plural,

  // The printable report
  'report.harmLine': '{label}:',
  'report.back': 'Back to Settings',
  'report.covers': 'What the report covers',
  'report.from': 'Report from',
  'report.to': 'Report to',
  'report.emptyDates': 'Leave the dates empty for the whole journal.',
  'report.whole': 'Whole journal',
  'report.entries': 'Entries',
  'report.incidents': 'Incident log',
  'report.summary': 'Summary',
  'report.versions': 'Earlier versions of changed entries',
  'report.printHint':
    'Print makes a paper copy or a PDF on this device; nothing is sent anywhere. A printed page can be read by anyone who finds it.',
  'report.print': 'Print',
  'report.label': 'Report',
  'report.title': 'Journal report',
  'report.intro': {
    one: '{covered} {count} entry. Prepared on {date}.',
    other: '{covered} {count} entries. Prepared on {date}.',
  } satisfies Plural,
  'report.moodLine': 'Mood {mood} ({label}): {count}',
  'report.noMood': 'No mood noted: {count}',
  'report.harmCount': 'Entries that record harm or an incident: {count}',
  'report.events': 'Events: {list}',
  'report.feelings': 'Feelings: {list}',
  'report.nameCount': '{name} ({count})',
  'report.cycle': 'The cycle',
  'report.cycleHint':
    'Harm, then an apology, a gift or a promise, then harm again, counted by days in these dates.',
  'report.noIncidents': 'No entries in these dates record harm or an incident.',
  'report.whenHappened': 'When it happened',
  'report.whenWritten': 'When it was written',
  'report.whatWritten': 'What was written',
  'report.noEntries': 'No entries in these dates.',
  'report.mood': 'Mood {mood} ({label})',
  'report.earlierLabel': 'Earlier versions of this entry',
  'report.earlier': 'Earlier versions',
  'report.writtenAt': 'Written {date}',
  'report.coversNone': 'Covers the whole journal, which has no entries yet.',
  'report.coversFrom': 'Covers {date} onwards.',
  'report.coversTo': 'Covers everything up to {date}.',
  'report.coversRange': 'Covers {from} to {to}.',
  'report.coversWhole': 'Covers {from} to {to}, the whole journal.',
  'report.leftOut': {
    one: '{count} entry is outside these dates and not in this report.',
    other: '{count} entries are outside these dates and not in this report.',
  } satisfies Plural,
  'report.leftOutHarm': {
    one: '{count} entry is outside these dates and not in this report, {harm} of them noting harm or an incident.',
    other:
      '{count} entries are outside these dates and not in this report, {harm} of them noting harm or an incident.',
  } satisfies Plural,
  'report.notChanged': 'Written {date}. Not changed since.',
  'report.changed': 'Written {date}. Changed afterwards, last on {changed}.',
  'report.changedKept': {
    one: 'Written {date}. Changed afterwards, last on {changed}. {count} earlier version is kept.',
    other:
      'Written {date}. Changed afterwards, last on {changed}. {count} earlier versions are kept.',
  } satisfies Plural,
} as const satisfies Record<string, string | Plural>;

export default backupEn;
