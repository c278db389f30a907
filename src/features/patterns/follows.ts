/**
 * What follows what: the feelings in the days after an event. See analysis.ts for the rules
 * every analysis keeps.
 */
import { type Source, firstTime, prepared } from './days';

export interface DayGroup {
  /** Days (with at least one entry) in this group. */
  days: number;
  /** Of those, days with a mood noted. */
  moodDays: number;
  /** Mean of the daily moods, or null. */
  mean: number | null;
  /** Entries on those days. */
  entries: number;
}

export interface FollowingFeeling {
  id: string;
  /** Entries on the days after that noted this feeling. */
  after: number;
  /** Entries on the other days that noted it. */
  other: number;
}

export interface WhatFollows {
  eventId: string;
  withinDays: number;
  /** Days on which the event was noted. */
  eventDays: number;
  /** Days 1..withinDays after an event day that have entries. */
  after: DayGroup;
  /** Days with entries that are neither event days nor after one. */
  other: DayGroup;
  feelings: FollowingFeeling[];
}

/**
 * For an event, how mood and feelings looked on the `withinDays` days after it
 * (days 1..N after an event day), compared with the days that were neither the event
 * nor after it. Only days with entries count: a day not written about says nothing.
 */
export function whatFollows(
  source: Source,
  eventId: string,
  withinDays: number,
  today: number,
): WhatFollows {
  const { days, dated } = prepared(source, today);
  const eventDays = [...days.values()].filter((d) => d.events.includes(eventId)).map((d) => d.day);
  const eventSet = new Set(eventDays);
  const afterSet = new Set<number>();
  for (const day of eventDays) for (let i = 1; i <= withinDays; i += 1) afterSet.add(day + i);

  const group = (): DayGroup & { sum: number } => ({
    days: 0,
    moodDays: 0,
    mean: null,
    entries: 0,
    sum: 0,
  });
  const after = group();
  const other = group();
  const dayGroup = new Map<number, 'after' | 'other'>();
  for (const summary of days.values()) {
    const target = afterSet.has(summary.day) ? after : eventSet.has(summary.day) ? null : other;
    if (!target) continue;
    dayGroup.set(summary.day, target === after ? 'after' : 'other');
    target.days += 1;
    target.entries += summary.entryIds.length;
    if (summary.mood !== null) {
      target.moodDays += 1;
      target.sum += summary.mood;
    }
  }
  const feelings = new Map<string, FollowingFeeling>();
  for (const { entry, day } of dated) {
    const ids = entry.feelings;
    if (ids.length === 0) continue;
    const which = dayGroup.get(day);
    if (!which) continue;
    for (let f = 0; f < ids.length; f += 1) {
      if (!firstTime(ids, f)) continue;
      const id = ids[f] as string;
      const count = feelings.get(id) ?? { id, after: 0, other: 0 };
      count[which] += 1;
      feelings.set(id, count);
    }
  }
  const finish = ({ sum, ...g }: DayGroup & { sum: number }): DayGroup => ({
    ...g,
    mean: g.moodDays > 0 ? sum / g.moodDays : null,
  });
  return {
    eventId,
    withinDays,
    eventDays: eventDays.length,
    after: finish(after),
    other: finish(other),
    feelings: [...feelings.values()].sort(
      (a, b) => b.after - a.after || b.other - a.other || (a.id < b.id ? -1 : 1),
    ),
  };
}
