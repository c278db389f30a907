/**
 * The plain sentences the Patterns view says, built from the analysis. Kept apart from
 * the components so the words can be read (and tested) in one place. They describe;
 * they never judge or diagnose.
 */
import type { Tag } from '../../storage/types';
import type { ContactInfo } from './noContact';
import type { Cycle } from './cycle';
import type { FeelingPair } from './feelings';
import type { MoodSeries } from './moodOverTime';
import type { WhatFollows } from './follows';
import { dayTime } from '../../lib/dayKey';

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const monthName = new Intl.DateTimeFormat(undefined, { month: 'long' });

/** A day number as "Tue, 3 Nov 2026" in the person's locale. */
export function formatDayNumber(day: number): string {
  return dayFormat.format(dayTime(day));
}

export function formatMonth(year: number, month: number): string {
  return monthFormat.format(new Date(year, month, 15));
}

export function formatMonthName(year: number, month: number): string {
  return monthName.format(new Date(year, month, 15));
}

/** One decimal, without a trailing ".0". */
export function formatMood(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Tag id → its name, with a kind word for a tag that was removed. */
export function tagNamer(tags: readonly Tag[]): (id: string) => string {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  return (id) => names.get(id) ?? 'A removed tag';
}

export function moodSummary(series: MoodSeries): string {
  const span = `From ${formatDayNumber(series.from)} to ${formatDayNumber(series.to)}`;
  if (series.mean === null || series.lowest === null || series.highest === null) {
    return `${span}, no mood was noted.`;
  }
  return (
    `${span}, you noted a mood on ${plural(series.moodDays, 'day', 'days')}. ` +
    `It averaged ${formatMood(series.mean)} out of 5, ` +
    `from ${formatMood(series.lowest)} on the hardest day to ${formatMood(series.highest)} on the easiest.`
  );
}

/** "once", "twice", "3 times". */
export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

export function pairSentence(pair: FeelingPair, name: (id: string) => string): string {
  return `You noted ${name(pair.a)} and ${name(pair.b)} in the same entry ${times(pair.together)}.`;
}

/** "the day after", "the 3 days after": the window, in words that only ever mean the window. */
function windowAfter(days: number): string {
  return days === 1 ? 'On the day after' : `In the ${days} days after`;
}

/** How many of a group's days had a mood, said so it cannot be mistaken for the window. */
function notedOn(moodDays: number, of: string): string {
  return moodDays === 1 ? `you noted it on one of ${of}` : `you noted it on ${moodDays} of ${of}`;
}

export function followsSentences(result: WhatFollows, eventName: string): string[] {
  if (result.eventDays === 0) {
    return [`You have not noted “${eventName}” yet, so there is nothing to compare.`];
  }
  const after = result.after;
  const other = result.other;
  return [
    `You noted “${eventName}” on ${plural(result.eventDays, 'day', 'days')}.`,
    after.mean === null
      ? `${windowAfter(result.withinDays)} each time, you did not note a mood.`
      : `${windowAfter(result.withinDays)} each time, your mood was ${formatMood(after.mean)} out of 5 on average (${notedOn(after.moodDays, 'those days')}).`,
    other.mean === null
      ? 'On other days you wrote, you did not note a mood.'
      : `On other days, your mood was ${formatMood(other.mean)} out of 5 on average (${notedOn(other.moodDays, 'them')}).`,
  ];
}

/** True when mood was higher in the days after harm than on other days. */
export function liftAfterHarm(result: WhatFollows, harmId: string): boolean {
  return (
    result.eventId === harmId &&
    result.after.mean !== null &&
    result.other.mean !== null &&
    result.after.mean > result.other.mean
  );
}

/** Said beside a lift after harm, so it never reads as "things get better after harm". */
export const LIFT_AFTER_HARM =
  'Your mood was higher in the days after harm than on other days. That happens to many people: ' +
  'after harm there is often an apology, or a calmer spell, and the relief can feel like things ' +
  'getting better. It is often part of a cycle, the apology or the calm that comes before the next harm.';

export function cycleSentences(c: Cycle): string[] {
  if (c.harmDays === 0) {
    return [
      'You have not noted harm or an incident here. If you ever do, this part will show what came after it.',
    ];
  }
  const window = plural(c.withinDays, 'day', 'days');
  const lines: string[] = [];
  if (c.harmDays === 1) {
    lines.push(
      c.harmFollowedByApology === 1
        ? `The one time you noted harm, an apology, gift or promise followed within ${window}.`
        : `The one time you noted harm, no apology, gift or promise was noted within ${window}.`,
    );
  } else {
    lines.push(
      `After ${c.harmFollowedByApology} of the ${c.harmDays} times you noted harm, ` +
        `an apology, gift or promise followed within ${window}.`,
    );
  }
  if (c.apologyDays > 0) {
    const what =
      c.apologyDays === 1
        ? 'the one apology, gift or promise you noted'
        : `${c.apologyFollowedByHarm} of the ${c.apologyDays} apologies, gifts or promises you noted`;
    lines.push(
      c.apologyFollowedByHarm === 0
        ? `You have not noted harm after ${c.apologyDays === 1 ? 'the one apology, gift or promise you noted' : 'the apologies, gifts or promises you noted'}.`
        : `After ${what}, harm came again.`,
    );
  }
  if (c.typicalCalmDays !== null) {
    lines.push(
      `The quieter time between an apology and the next harm usually lasted about ${plural(
        Math.round(c.typicalCalmDays),
        'day',
        'days',
      )}.`,
    );
  }
  return lines;
}

export function contactSentences(info: ContactInfo): string[] {
  if (info.lastContact === null || info.daysSinceContact === null) {
    return [`You noted no contact held on ${plural(info.noContactDaysSince, 'day', 'days')}.`];
  }
  const lines: string[] = [];
  if (info.daysSinceContact === 0) {
    lines.push('You noted contact today. Writing it down keeps your record whole.');
  } else {
    lines.push(
      `The last contact you noted was on ${formatDayNumber(info.lastContact)}, ` +
        `${plural(info.daysSinceContact, 'day', 'days')} ago.`,
    );
  }
  if (info.noContactDaysSince > 0) {
    lines.push(
      `Since then you noted no contact held on ${plural(info.noContactDaysSince, 'day', 'days')}.`,
    );
  }
  return lines;
}
