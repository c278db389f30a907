/**
 * English words of every screen but the first ones (first.en.ts): fetched once a first
 * screen is shown. Grouped by screen; en.ts puts both parts together.
 */
import type { Plural } from '../../../lib/i18n/format';
import journalEn from './journal.en';
import patternsEn from './patterns.en';
import shellEn from './shell.en';
import lockEn from './lock.en';
import backupEn from './backup.en';
import mediaEn from './media.en';

const restEn = {
  ...journalEn,
  ...patternsEn,
  ...shellEn,
  ...lockEn,
  ...backupEn,
  ...mediaEn,
  // Safety view
  'safety.title': 'Safety',
  'safety.intro':
    'You know your situation best. These are here for whenever they are useful: a plan you can shape at your own pace, and people you can reach.',
  'safety.toPlan': 'Go to my safety plan',
  'safety.toResources': 'Go to numbers for help',
  'safety.stayingSafe': 'Staying safe on this device',
  'safety.planHeading': 'Safety plan',

  // Safety plan editor
  'plan.form': 'Safety plan editor',
  'plan.intro':
    'A plan made in a calmer moment can help in a hard one. Fill in only what is useful to you, in any order, and change it whenever you like. It is kept encrypted on this device and saved as you type.',
  'plan.opening': 'Opening your plan…',
  'plan.openFailed': 'Your safety plan could not be opened just now. Nothing has been changed.',
  'plan.people': 'People I can reach',
  'plan.peopleHint': 'Someone who believes you, and who you could call, text or go to.',
  'plan.person': 'Person {number}',
  'plan.personName': 'Name',
  'plan.personReach': 'How to reach them',
  'plan.personKnows': 'What they know',
  'plan.removePerson': 'Remove person {number}',
  'plan.addPerson': 'Add a person',
  'plan.removePersonQuestion': 'Remove {name} from your plan?',
  'plan.thisPerson': 'this person',
  'plan.remove': 'Remove',
  'plan.keepThem': 'Keep them',
  'plan.places': 'Safe places I can go',
  'plan.placesHint':
    'A friend’s home, a shelter, somewhere open late; and how you would get there.',
  'plan.take': 'What to take',
  'plan.takeNotes': 'Notes on what to take',
  'plan.takeNotesHint': 'Where things are kept, or copies left with someone you trust.',
  'plan.codeWordGroup': 'A code word',
  'plan.codeWordHint':
    'A word or phrase you can say or text to someone you trust, that means you need help.',
  'plan.codeWord': 'Code word',
  'plan.codeWordMeaning': 'What it means, and who knows it',
  'plan.leaving': 'Steps for leaving',
  'plan.leavingHint':
    'When, how, who could help, and what you would do if you had to leave in a hurry.',
  'plan.after': 'Staying safe afterwards',
  'plan.afterNotes': 'Other steps for afterwards',
  'plan.save': 'Save',
  'plan.print': 'Print plan',
  'plan.printHint':
    'A printed plan is only as private as the place it is kept. Save as PDF in the print window if you would rather keep a copy somewhere else.',
  'plan.state.pending': 'Saving soon…',
  'plan.state.saving': 'Saving…',
  'plan.state.saved': 'Saved',
  'plan.state.failed': 'Not saved yet',

  // Checklist items (ids are stored: see safety/plan.ts)
  'plan.item.t01': 'Documents',
  'plan.item.t01.hint':
    'ID, passport, birth certificates, papers for any children, court orders, lease or deeds',
  'plan.item.t02': 'Money',
  'plan.item.t02.hint': 'cash, bank cards, a card in your own name if you have one',
  'plan.item.t03': 'Medicines',
  'plan.item.t03.hint': 'and prescriptions, glasses, anything you need each day',
  'plan.item.t04': 'Keys',
  'plan.item.t04.hint': 'home, car, work, a spare set kept somewhere safe',
  'plan.item.t05': 'Phone and chargers',
  'plan.item.t05.hint': 'and a list of numbers on paper',
  'plan.item.t06': 'Things for children or pets',
  'plan.item.t06.hint': 'a favourite toy, clothes, food, vet or school papers',
  'plan.item.t07': 'Clothes for a few days',
  'plan.item.t07.hint': 'and anything that brings comfort',
  'plan.item.a01': 'Change my phone number',
  'plan.item.a01.hint': 'or get a new phone or SIM',
  'plan.item.a02': 'Change passwords',
  'plan.item.a02.hint': 'email, bank, social media, cloud storage; turn on two-step sign-in',
  'plan.item.a03': 'Check my devices',
  'plan.item.a03.hint':
    'location sharing, shared accounts, apps I did not install, trackers in bags or cars',
  'plan.item.a04': 'Sign out of shared accounts',
  'plan.item.a04.hint': 'streaming, shopping, family sharing',
  'plan.item.a05': 'Change locks or routines',
  'plan.item.a05.hint': 'routes, times, the shops I use',
  'plan.item.a06': 'Tell people who need to know',
  'plan.item.a06.hint': 'work, school or childcare: who may and may not collect or contact me',
  'plan.item.a07': 'Keep a record',
  'plan.item.a07.hint': 'dates, messages, anything that happens',

  // The printed plan
  'print.title': 'My plan',
  'print.people': 'People I can reach',
  'print.places': 'Safe places',
  'print.take': 'To take',
  'print.takeNotes': 'Notes on what to take',
  'print.codeWord': 'Code word',
  'print.leaving': 'Steps for leaving',
  'print.after': 'Afterwards',
  'print.afterNotes': 'Other steps for afterwards',

  // Resources
  'resources.title': 'Resources',
  'resources.intro':
    'People at these services listen, believe you, and can help you think through what to do. You do not need to be sure of anything to call.',
  'resources.country': 'Country or region',
  'resources.elsewhere': 'Somewhere else',
  'resources.noList':
    'Keel has no starting list for where you are yet. Local help is often listed by your health service, a doctor or clinic, or a women’s or community organisation, and the emergency number works from any phone’s emergency call screen without unlocking it. Any numbers you add here stay on this device.',
  'resources.differ':
    'Numbers differ from country to country. Add the numbers for where you are, and remove any you do not need: your changes are kept when you change the country.',
  'resources.callLog':
    'Calls and texts can show up in your phone’s call log, message history and bill. If someone may check those, a friend’s phone, a work phone or a public phone may be safer, and you can delete the call or message afterwards.',
  'resources.openFailed': 'Your saved numbers could not be opened just now.',
  'resources.opening': 'Opening…',
  'resources.damaged': {
    one: 'One of your saved numbers could not be opened; it may have been damaged on this device. It is kept exactly as it was.',
    other:
      '{count} of your saved numbers could not be opened; they may have been damaged on this device. They are kept exactly as they were.',
  } satisfies Plural,
  'resources.other': 'Other',
  'resources.aNumber': 'A number',
  'resources.call': 'Call {number}',
  'resources.text': 'Text {number}',
  'resources.textWord': 'Text {word} to {number}',
  'resources.in': 'In {languages}',
  'resources.edit': 'Edit',
  'resources.editName': 'Edit {name}',
  'resources.editTitle': 'Edit {name}',
  'resources.number': 'number',
  'resources.remove': 'Remove',
  'resources.removeName': 'Remove {name}',
  'resources.thisNumber': 'this number',
  'resources.removeQuestion': 'Remove {name} from your list?',
  'resources.removeStarterQuestion': 'Remove {name} from your list? You can put it back later.',
  'resources.keepIt': 'Keep it',
  'resources.add': 'Add a number',
  'resources.putBack': 'Put back the {country} list',
  'resources.saved': 'Saved',
  'resources.field.name': 'Name',
  'resources.field.country': 'Country',
  'resources.field.call': 'Number to call',
  'resources.field.text': 'Number to text',
  'resources.field.textBody': 'Word to text, if they ask for one',
  'resources.field.note': 'Note',
  'resources.needName': 'Please give it a name, so you can find it again.',
  'resources.needNumber': 'Please add a number to call or to text.',
  'resources.tooLong':
    '{field} is {over} longer than Keel can keep ({limit}). Everything you typed is still here; shorten it, and save again.',
  'resources.characters': {
    one: '{count} character',
    other: '{count} characters',
  } satisfies Plural,
  'resources.limit.name': 'The name',
  'resources.limit.country': 'The country',
  'resources.limit.call': 'The number to call',
  'resources.limit.text': 'The number to text',
  'resources.limit.textBody': 'The word to text',
  'resources.limit.note': 'The note',
  'resources.save': 'Save number',
  'resources.cancel': 'Cancel',
} as const;

export default restEn;
