/** English words of features/patterns. Spread into en.ts; keys start with 'patterns.' or the screen's own prefix. */
import type { Plural } from '../../../lib/i18n/format';

const patternsEn = {
  'patterns.heading': 'Patterns',
  'patterns.empty':
    'When you have written a few entries, what they show over time will appear here.',
  'patterns.dayCount': { one: '{count} day', other: '{count} days' } satisfies Plural,

  // The parts of the view: their headings and the summary's links to them
  'patterns.part.cycle': 'The cycle',
  'patterns.part.mood': 'Mood over time',
  'patterns.part.calendar': 'Calendar',
  'patterns.part.feelings': 'Feelings',
  'patterns.part.follows': 'What follows what',

  // In short
  'patterns.summary.heading': 'In short',
  'patterns.summary.hint':
    'Your own notes, counted: information, never a streak or a score. What they mean is yours to decide.',
  'patterns.summary.parts': 'Parts of Patterns',

  // The cycle, in sentences
  'patterns.cycle.none':
    'You have not noted harm or an incident here. If you ever do, this part will show what came after it.',
  'patterns.cycle.onceFollowed': {
    one: 'The one time you noted harm, an apology, gift or promise followed within {count} day.',
    other: 'The one time you noted harm, an apology, gift or promise followed within {count} days.',
  } satisfies Plural,
  'patterns.cycle.onceNotFollowed': {
    one: 'The one time you noted harm, no apology, gift or promise was noted within {count} day.',
    other:
      'The one time you noted harm, no apology, gift or promise was noted within {count} days.',
  } satisfies Plural,
  'patterns.cycle.followed': {
    one: 'After {followed} of the {harm} times you noted harm, an apology, gift or promise followed within {count} day.',
    other:
      'After {followed} of the {harm} times you noted harm, an apology, gift or promise followed within {count} days.',
  } satisfies Plural,
  'patterns.cycle.noHarmAfterOne':
    'You have not noted harm after the one apology, gift or promise you noted.',
  'patterns.cycle.noHarmAfterMany':
    'You have not noted harm after the apologies, gifts or promises you noted.',
  'patterns.cycle.harmAfterOne':
    'After the one apology, gift or promise you noted, harm came again.',
  'patterns.cycle.harmAfterMany':
    'After {followed} of the {apologies} apologies, gifts or promises you noted, harm came again.',
  'patterns.cycle.calm': {
    one: 'The quieter time between an apology and the next harm usually lasted about {count} day.',
    other:
      'The quieter time between an apology and the next harm usually lasted about {count} days.',
  } satisfies Plural,

  // The cycle part
  'patterns.cycle.laneHarm': 'Harm',
  'patterns.cycle.laneApology': 'Apology',
  'patterns.cycle.harm': 'Harm or incident',
  'patterns.cycle.apology': 'Apology, gift or promise',
  'patterns.cycle.hint':
    'Harm, then an apology, a gift or a promise, then a calmer time, then harm again: many people notice it in their own record. What yours shows is in the summary above; here it is by days.',
  'patterns.cycle.within': 'Apology counted within',
  'patterns.cycle.showTable': 'Show each time as a table',
  'patterns.cycle.caption': 'Each time you noted harm, and what came after',
  'patterns.cycle.harmNoted': 'Harm noted',
  'patterns.cycle.harmAgain': 'Harm again',
  'patterns.cycle.noneWithin': {
    one: 'None within {count} day',
    other: 'None within {count} days',
  } satisfies Plural,
  'patterns.cycle.notSince': 'Not noted since',

  // Contact, in the summary
  'patterns.contact.noneHeld': {
    one: 'You noted no contact held on {count} day.',
    other: 'You noted no contact held on {count} days.',
  } satisfies Plural,
  'patterns.contact.today': 'You noted contact today. Writing it down keeps your record whole.',
  'patterns.contact.last': {
    one: 'The last contact you noted was on {date}, {count} day ago.',
    other: 'The last contact you noted was on {date}, {count} days ago.',
  } satisfies Plural,
  'patterns.contact.heldSince': {
    one: 'Since then you noted no contact held on {count} day.',
    other: 'Since then you noted no contact held on {count} days.',
  } satisfies Plural,

  // Mood over time
  'patterns.mood.none': 'From {from} to {to}, no mood was noted.',
  'patterns.mood.summary': {
    one: 'From {from} to {to}, you noted a mood on {count} day. It averaged {mean} out of 5, from {lowest} on the hardest day to {highest} on the easiest.',
    other:
      'From {from} to {to}, you noted a mood on {count} days. It averaged {mean} out of 5, from {lowest} on the hardest day to {highest} on the easiest.',
  } satisfies Plural,
  'patterns.mood.range.30d': '30 days',
  'patterns.mood.range.90d': '90 days',
  'patterns.mood.range.1y': 'A year',
  'patterns.mood.range.all': 'All time',
  'patterns.mood.span': 'Time span',
  'patterns.mood.thatDay': 'Mood that day',
  'patterns.mood.average': 'Seven-day average',
  'patterns.mood.showTable': 'Show the moods as a table',
  'patterns.mood.caption': 'Mood by day, with the seven-day average',
  'patterns.mood.day': 'Day',
  'patterns.mood.mood': 'Mood',

  // Calendar
  'patterns.calendar.month': 'Month',
  'patterns.calendar.year': 'Year',
  'patterns.calendar.previousMonth': 'Previous month',
  'patterns.calendar.previousYear': 'Previous year',
  'patterns.calendar.nextMonth': 'Next month',
  'patterns.calendar.nextYear': 'Next year',
  'patterns.calendar.legend':
    'Colours go from darker purple (very hard) to green (good). Marks: ◆ harm or incident, ● apology, gift or promise, ○ contact, □ no contact held, · another event.',
  'patterns.calendar.nothingIn': 'Nothing written in {month}.',
  'patterns.calendar.wrote': {
    one: '{month}: you wrote on {count} day.',
    other: '{month}: you wrote on {count} days.',
  } satisfies Plural,
  'patterns.calendar.wroteMood': {
    one: '{month}: you wrote on {count} day; mood averaged {mean}.',
    other: '{month}: you wrote on {count} days; mood averaged {mean}.',
  } satisfies Plural,
  'patterns.calendar.entries': { one: '{count} entry', other: '{count} entries' } satisfies Plural,
  'patterns.calendar.mood': 'mood {mood} ({label})',
  'patterns.calendar.entriesOn': 'Entries on {date}',
  'patterns.calendar.entryMood': ' · mood {mood}',
  'patterns.calendar.noWords': 'No words, just the marks.',
  'patterns.calendar.nothingInYear': 'Nothing was written in {year}.',
  'patterns.calendar.nothingBefore': 'Nothing was written in {year} before {month}.',
  'patterns.calendar.nothingAfter': 'Nothing was written in {year} after {month}.',
  'patterns.calendar.yearNothing': 'nothing written',
  'patterns.calendar.yearDays': {
    one: '{count} day written',
    other: '{count} days written',
  } satisfies Plural,
  'patterns.calendar.yearMood': 'mood averaged {mean}',
  'patterns.calendar.yearEvent': {
    one: '{name} on {count} day',
    other: '{name} on {count} days',
  } satisfies Plural,

  // Feelings
  'patterns.feelings.period': 'Period',
  'patterns.feelings.last': 'Last {count} days',
  'patterns.feelings.before': 'The {count} days before',
  'patterns.feelings.none':
    'No feelings were noted in the last {count} days or the {count} before.',
  'patterns.feelings.wrote': {
    one: 'In the last {days} days you wrote {count} entry; in the {days} days before, {previous}.',
    other:
      'In the last {days} days you wrote {count} entries; in the {days} days before, {previous}.',
  } satisfies Plural,
  'patterns.feelings.top': {
    one: 'The feeling you noted most lately was {name} ({count} time).',
    other: 'The feeling you noted most lately was {name} ({count} times).',
  } satisfies Plural,
  'patterns.feelings.showTable': 'Show each feeling as a table',
  'patterns.feelings.caption': 'Entries noting each feeling',
  'patterns.feelings.feeling': 'Feeling',
  'patterns.feelings.together': 'Feelings that come together',
  'patterns.feelings.noPairs':
    'No two feelings were noted in the same entry in the last {count} days.',
  'patterns.feelings.pairOnce': 'You noted {a} and {b} in the same entry once.',
  'patterns.feelings.pairTwice': 'You noted {a} and {b} in the same entry twice.',
  'patterns.feelings.pairTimes': 'You noted {a} and {b} in the same entry {count} times.',

  // What follows what
  'patterns.follows.event': 'Event',
  'patterns.follows.daysAfter': 'Days after',
  'patterns.follows.nextDay': 'The next day',
  'patterns.follows.never': 'You have not noted “{event}” yet, so there is nothing to compare.',
  'patterns.follows.noted': {
    one: 'You noted “{event}” on {count} day.',
    other: 'You noted “{event}” on {count} days.',
  } satisfies Plural,
  'patterns.follows.afterNoMood': {
    one: 'On the day after each time, you did not note a mood.',
    other: 'In the {count} days after each time, you did not note a mood.',
  } satisfies Plural,
  'patterns.follows.after': {
    one: 'On the day after each time, your mood was {mean} out of 5 on average ({noted}).',
    other:
      'In the {count} days after each time, your mood was {mean} out of 5 on average ({noted}).',
  } satisfies Plural,
  'patterns.follows.notedOnThose': {
    one: 'you noted it on one of those days',
    other: 'you noted it on {count} of those days',
  } satisfies Plural,
  'patterns.follows.otherNoMood': 'On other days you wrote, you did not note a mood.',
  'patterns.follows.other': 'On other days, your mood was {mean} out of 5 on average ({noted}).',
  'patterns.follows.notedOnThem': {
    one: 'you noted it on one of them',
    other: 'you noted it on {count} of them',
  } satisfies Plural,
  'patterns.follows.liftAfterHarm':
    'Your mood was higher in the days after harm than on other days. That happens to many people: after harm there is often an apology, or a calmer spell, and the relief can feel like things getting better. It is often part of a cycle, the apology or the calm that comes before the next harm.',
  'patterns.follows.seeCycle': 'See The cycle',
  'patterns.follows.showTable': 'Show the feelings after it as a table',
  'patterns.follows.caption': 'Entries noting each feeling, after “{event}” and on other days',
  'patterns.follows.otherDays': 'Other days',
  'patterns.follows.share': '{count} of {total}',

  // The whole story, beside an entry, and its setting
  'patterns.story.offNew': 'Keel will not show earlier entries. You can change this in Settings.',
  'patterns.story.off': 'The whole story is switched off. You can turn it on in Settings.',
  'patterns.story.notSaved': 'Your answer could not be saved just now. Trying again may work.',
  'patterns.story.askHeading': 'Your earlier entries, if you would like them',
  'patterns.story.ask':
    'When an entry notes longing, an urge to go back or contact, Keel can show a few of your own earlier entries from harder days beside it. Would you like to see them?',
  'patterns.story.askHint':
    'They stay on this device. Whatever you choose, Keel will not ask again, and you can change it at any time in Settings.',
  'patterns.story.yes': 'Yes, show them',
  'patterns.story.no': 'No, thank you',
  'patterns.story.heading': 'The whole story',
  'patterns.story.intro':
    'You chose to see these beside entries like this one. Here is what you wrote on some harder days.',
  'patterns.story.mood': ' · mood {mood} ({label})',
  'patterns.story.read': 'Read the entry from {date}',
  'patterns.story.allowed': 'Whatever you feel today is allowed. These are only your own words.',
  'patterns.story.hide': 'Hide for now',
  'patterns.story.stop': 'Stop showing this',
  'patterns.story.setting': 'Keep the whole story in view',
  'patterns.story.settingNotSaved':
    'This setting could not be saved just now. Trying again may work.',
  'patterns.story.settingHint':
    'When an entry notes longing, an urge to go back or contact, Keel can show a few things you wrote on harder days, with their dates.',
  'patterns.story.settingNotChosen':
    'You have not chosen yet, so Keel will ask the first time it applies. Ticking this box is your yes: they will show from then on, without asking.',
} as const satisfies Record<string, string | Plural>;

export default patternsEn;
