/**
 * Patterns in a person's own entries: pure functions over plain arrays.
 *
 * Rules every function here keeps:
 * - "today" is always a parameter (ms since epoch); nothing reads the clock.
 * - Entries are placed by when it happened (`happenedAt`), on local calendar days.
 * - Entries that happened after today are left out (a date typed by mistake must not
 *   bend the picture).
 * - The order of the input never matters; ties are broken by id.
 */
import type { Entry, Mood } from '../db/types';
import { BUILTIN_TAG_IDS } from '../journal/defaultTags';

const DAY_MS = 86_400_000;

/* ---------- Days ---------- */

/** A local calendar day as a whole number (days since 1970-01-01), safe across DST. */
export function dayNumber(time: number): number {
  const d = new Date(time);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);
}

/**
 * A faster dayNumber for many times at once: the zone offset is looked up once per UTC
 * day (twice, at its start and end) and reused when it does not change within that day;
 * around a clock change it falls back to the exact answer. The cache lives only as long
 * as the returned function, so a change of time zone is picked up on the next call.
 */
export function dayNumberer(): (time: number) => number {
  const offsets = new Map<number, number>();
  return (time) => {
    const bucket = Math.floor(time / DAY_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = new Date(bucket * DAY_MS).getTimezoneOffset();
      const end = new Date((bucket + 1) * DAY_MS - 1).getTimezoneOffset();
      offset = start === end ? start : Number.NaN;
      offsets.set(bucket, offset);
    }
    if (Number.isNaN(offset)) return dayNumber(time);
    return Math.floor((time - offset * 60_000) / DAY_MS);
  };
}

/** Day number → yyyy-mm-dd. */
export function dayKey(day: number): string {
  const d = new Date(day * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Day number → local noon of that day, in ms (for formatting with Intl). */
export function dayTime(day: number): number {
  const d = new Date(day * DAY_MS);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12).getTime();
}

function firstOfMonth(year: number, month: number): number {
  return Math.round(Date.UTC(year, month, 1) / DAY_MS);
}

/** What one day holds, built once and shared by the functions below. */
export interface DaySummary {
  day: number;
  /** Ids of the day's entries, earliest first. */
  entryIds: string[];
  /** Mean of the moods noted that day, or null when none was. */
  mood: number | null;
  moodCount: number;
  /** Event ids noted that day, each once, sorted. */
  events: string[];
  /** Feeling ids noted that day, each once, sorted. */
  feelings: string[];
}

function byTimeThenId(a: Entry, b: Entry): number {
  return a.happenedAt - b.happenedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** An entry with the local day it happened on. */
export interface DatedEntry {
  entry: Entry;
  day: number;
}

/**
 * Entries prepared once for several analyses: each placed on its day, those after today
 * left out, and grouped by day. Every function below takes either plain entries or this.
 */
export interface Prepared {
  /** Today's day number. */
  today: number;
  /** The entries as given (before leaving any out). */
  all: readonly Entry[];
  /** Entries up to and including today, with their day, in order of time (ties by id). */
  dated: DatedEntry[];
  days: Map<number, DaySummary>;
}

export type Source = readonly Entry[] | Prepared;

/**
 * Places entries on their days once, for several analyses over the same "today": one pass
 * buckets them by day, then each day is summarised, and `dated` is laid out day by day in
 * order of time, so an analysis of recent weeks can start at their first entry.
 */
export function prepare(entries: readonly Entry[], today: number): Prepared {
  const last = dayNumber(today);
  const dayOf = dayNumberer();
  const groups = new Map<number, Entry[]>();
  for (const entry of entries) {
    const day = dayOf(entry.happenedAt);
    if (day > last) continue;
    const list = groups.get(day);
    if (list) list.push(entry);
    else groups.set(day, [entry]);
  }
  const order = [...groups.keys()].sort((a, b) => a - b);
  const dated: DatedEntry[] = [];
  const days = new Map<number, DaySummary>();
  for (const day of order) {
    const list = groups.get(day) as Entry[];
    if (list.length > 1) list.sort(byTimeThenId);
    for (const entry of list) dated.push({ entry, day });
    days.set(day, summariseDay(day, list));
  }
  return { today: last, all: entries, dated, days };
}

/** The index of the first dated entry on or after `day` (dated is in day order). */
function firstOnOrAfter(dated: readonly DatedEntry[], day: number): number {
  let lo = 0;
  let hi = dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dated[mid] as DatedEntry).day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether ids[i] is the first time that id appears in ids (lists are a few items long). */
function firstTime(ids: readonly string[], i: number): boolean {
  return ids.indexOf(ids[i] as string) === i;
}

function prepared(source: Source, today: number): Prepared {
  if (isPrepared(source)) {
    return source.today === dayNumber(today) ? source : prepare(source.all, today);
  }
  return prepare(source, today);
}

function isPrepared(source: Source): source is Prepared {
  return !Array.isArray(source);
}

/** Groups entries that happened up to and including today by local day. */
export function summariseDays(source: Source, today: number): Map<number, DaySummary> {
  return prepared(source, today).days;
}

/** One day's summary from its entries, earliest first. */
function summariseDay(day: number, list: readonly Entry[]): DaySummary {
  let sum = 0;
  let moodCount = 0;
  const entryIds: string[] = [];
  const events: string[] = [];
  const feelings: string[] = [];
  for (const entry of list) {
    entryIds.push(entry.id);
    if (entry.mood !== null) {
      sum += entry.mood;
      moodCount += 1;
    }
    for (const id of entry.events) if (!events.includes(id)) events.push(id);
    for (const id of entry.feelings) if (!feelings.includes(id)) feelings.push(id);
  }
  return {
    day,
    entryIds,
    mood: moodCount > 0 ? sum / moodCount : null,
    moodCount,
    events: events.sort(),
    feelings: feelings.sort(),
  };
}

/* ---------- Mood over time ---------- */

export type MoodRange = '30d' | '90d' | '1y' | 'all';
export const MOOD_RANGE_DAYS: Record<Exclude<MoodRange, 'all'>, number> = {
  '30d': 30,
  '90d': 90,
  '1y': 365,
};

export interface MoodPoint {
  day: number;
  /** The day's mean mood, or null when no mood was noted. */
  mood: number | null;
  /** Mean of the daily moods over the window ending this day, or null when none. */
  average: number | null;
}

export interface MoodSeries {
  from: number;
  to: number;
  points: MoodPoint[];
  /** Days in the range with a mood noted. */
  moodDays: number;
  /** Mean of the daily moods in the range, or null. */
  mean: number | null;
  lowest: number | null;
  highest: number | null;
}

/**
 * Daily mood for the range ending today, with a rolling average over `window` days
 * (days before the range still feed the first averages).
 */
export function moodSeries(
  source: Source,
  range: MoodRange,
  today: number,
  window = 7,
): MoodSeries {
  const days = summariseDays(source, today);
  const to = dayNumber(today);
  let from: number;
  if (range === 'all') {
    from = to;
    for (const day of days.keys()) if (day < from) from = day;
  } else {
    from = to - MOOD_RANGE_DAYS[range] + 1;
  }
  const moodOn = (day: number) => days.get(day)?.mood ?? null;
  // Running sums over the window, started before the range.
  let sum = 0;
  let count = 0;
  for (let day = from - window + 1; day < from; day += 1) {
    const mood = moodOn(day);
    if (mood !== null) {
      sum += mood;
      count += 1;
    }
  }
  const points: MoodPoint[] = [];
  let rangeSum = 0;
  let moodDays = 0;
  let lowest: number | null = null;
  let highest: number | null = null;
  for (let day = from; day <= to; day += 1) {
    const mood = moodOn(day);
    if (mood !== null) {
      sum += mood;
      count += 1;
      rangeSum += mood;
      moodDays += 1;
      lowest = lowest === null ? mood : Math.min(lowest, mood);
      highest = highest === null ? mood : Math.max(highest, mood);
    }
    const leaving = moodOn(day - window);
    if (leaving !== null) {
      sum -= leaving;
      count -= 1;
    }
    points.push({ day, mood, average: count > 0 ? sum / count : null });
  }
  return {
    from,
    to,
    points,
    moodDays,
    mean: moodDays > 0 ? rangeSum / moodDays : null,
    lowest,
    highest,
  };
}

/* ---------- Calendar ---------- */

/**
 * The mark a calendar day carries for its events: one for each of the events people most
 * often look for, and 'other' once for any other event. The view draws each as a symbol.
 */
export type EventMark = 'harm' | 'apology' | 'contact' | 'no-contact' | 'other';

const MARKED_EVENTS: readonly (readonly [string, EventMark])[] = [
  [BUILTIN_TAG_IDS.harm, 'harm'],
  [BUILTIN_TAG_IDS.apology, 'apology'],
  [BUILTIN_TAG_IDS.contact, 'contact'],
  [BUILTIN_TAG_IDS.noContact, 'no-contact'],
];

/** A day's marks, always in the order of MARKED_EVENTS, then 'other'. */
export function eventMarks(events: readonly string[]): EventMark[] {
  const marks: EventMark[] = [];
  for (const [id, mark] of MARKED_EVENTS) if (events.includes(id)) marks.push(mark);
  if (events.some((id) => !MARKED_EVENTS.some(([marked]) => marked === id))) marks.push('other');
  return marks;
}

export interface CalendarDay {
  day: number;
  dayOfMonth: number;
  /** The day's mean mood rounded to a whole mood, or null. */
  mood: Mood | null;
  events: string[];
  /** The marks for `events` (see eventMarks). */
  marks: EventMark[];
  entryIds: string[];
}

export interface MonthGrid {
  year: number;
  month: number;
  /** Weeks of seven cells; null cells pad the first and last week. */
  weeks: (CalendarDay | null)[][];
  /** Days in the month with at least one entry. */
  daysWithEntries: number;
  /** Mean of the daily moods in the month, or null. */
  mean: number | null;
}

function roundMood(mood: number | null): Mood | null {
  if (mood === null) return null;
  return Math.min(5, Math.max(1, Math.round(mood))) as Mood;
}

/**
 * A month as a grid of weeks (weekStart 1 = Monday, 0 = Sunday), each day with its
 * mood and events. Pass a day summary from summariseDays to share work across months.
 */
export function monthGrid(
  source: Source | Map<number, DaySummary>,
  year: number,
  month: number,
  today: number,
  weekStart = 1,
): MonthGrid {
  const days = source instanceof Map ? source : summariseDays(source, today);
  const first = firstOfMonth(year, month);
  const length = firstOfMonth(year, month + 1) - first;
  const weekday = new Date(first * DAY_MS).getUTCDay();
  const cells: (CalendarDay | null)[] = Array.from(
    { length: (weekday - weekStart + 7) % 7 },
    () => null,
  );
  let daysWithEntries = 0;
  let sum = 0;
  let moodDays = 0;
  for (let i = 0; i < length; i += 1) {
    const summary = days.get(first + i);
    if (summary) daysWithEntries += 1;
    if (summary?.mood != null) {
      sum += summary.mood;
      moodDays += 1;
    }
    const events = summary?.events ?? [];
    cells.push({
      day: first + i,
      dayOfMonth: i + 1,
      mood: roundMood(summary?.mood ?? null),
      events,
      marks: events.length > 0 ? eventMarks(events) : [],
      entryIds: summary?.entryIds ?? [],
    });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { year, month, weeks, daysWithEntries, mean: moodDays > 0 ? sum / moodDays : null };
}

/** The month of the latest day written in (days after today are never in `days`), or null. */
export function latestWrittenMonth(
  days: ReadonlyMap<number, DaySummary>,
): { year: number; month: number } | null {
  let latest: number | null = null;
  for (const day of days.keys()) if (latest === null || day > latest) latest = day;
  if (latest === null) return null;
  const d = new Date(latest * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
}

/** One event noted in a month, and on how many of its days. */
export interface EventDays {
  id: string;
  days: number;
}

/** A month of the year view: its grid, and the events noted in it. */
export interface YearMonth extends MonthGrid {
  /** Each event noted in the month with its number of days, most days first, ties by id. */
  events: EventDays[];
}

/**
 * Twelve month grids for a year, each day with its mood and marks, each month with the
 * events noted in it. Pass a day summary from summariseDays to share work.
 */
export function yearGrid(
  source: Source | Map<number, DaySummary>,
  year: number,
  today: number,
  weekStart = 1,
): YearMonth[] {
  const days = source instanceof Map ? source : summariseDays(source, today);
  return Array.from({ length: 12 }, (_, month) => {
    const grid = monthGrid(days, year, month, today, weekStart);
    const counts = new Map<string, number>();
    for (const week of grid.weeks) {
      for (const cell of week) {
        for (const id of cell?.events ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    const events = [...counts]
      .map(([id, n]) => ({ id, days: n }))
      .sort((a, b) => b.days - a.days || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { ...grid, events };
  });
}

/**
 * The months of a year worth drawing: from the first month written in to the last, gaps
 * between included (they are part of the story); [] when nothing was written that year.
 */
export function writtenMonths<T extends MonthGrid>(grids: readonly T[]): T[] {
  const first = grids.findIndex((g) => g.daysWithEntries > 0);
  if (first < 0) return [];
  let last = grids.length - 1;
  while ((grids[last] as T).daysWithEntries === 0) last -= 1;
  return grids.slice(first, last + 1);
}

/* ---------- Feelings ---------- */

export interface FeelingCount {
  id: string;
  /** Entries with this feeling in the period ending today. */
  current: number;
  /** Entries with it in the period of the same length just before. */
  previous: number;
}

export interface FeelingFrequencies {
  periodDays: number;
  currentEntries: number;
  previousEntries: number;
  feelings: FeelingCount[];
}

/** How often each feeling was noted in the last `periodDays` days, and in the days before. */
export function feelingFrequencies(
  source: Source,
  periodDays: number,
  today: number,
): FeelingFrequencies {
  const end = dayNumber(today);
  const { dated } = prepared(source, today);
  const start = end - periodDays + 1;
  const before = start - periodDays;
  const counts = new Map<string, FeelingCount>();
  let currentEntries = 0;
  let previousEntries = 0;
  for (let i = firstOnOrAfter(dated, before); i < dated.length; i += 1) {
    const { entry, day } = dated[i] as DatedEntry;
    const isCurrent = day >= start;
    if (isCurrent) currentEntries += 1;
    else previousEntries += 1;
    const ids = entry.feelings;
    for (let f = 0; f < ids.length; f += 1) {
      if (!firstTime(ids, f)) continue;
      const id = ids[f] as string;
      const count = counts.get(id) ?? { id, current: 0, previous: 0 };
      if (isCurrent) count.current += 1;
      else count.previous += 1;
      counts.set(id, count);
    }
  }
  const feelings = [...counts.values()].sort(
    (a, b) => b.current - a.current || b.previous - a.previous || (a.id < b.id ? -1 : 1),
  );
  return { periodDays, currentEntries, previousEntries, feelings };
}

export interface FeelingPair {
  a: string;
  b: string;
  /** Entries where both were noted. */
  together: number;
}

/** Feelings noted in the same entry, most often first (entries up to today, optionally since a day). */
export function feelingPairs(
  source: Source,
  today: number,
  sinceDay = -Infinity,
  limit = 8,
): FeelingPair[] {
  const counts = new Map<string, FeelingPair>();
  const { dated } = prepared(source, today);
  for (let n = firstOnOrAfter(dated, sinceDay); n < dated.length; n += 1) {
    const { entry } = dated[n] as DatedEntry;
    if (entry.feelings.length < 2) continue;
    const ids = [...new Set(entry.feelings)].sort();
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        const key = `${a}\u0000${b}`;
        const pair = counts.get(key) ?? { a, b, together: 0 };
        pair.together += 1;
        counts.set(key, pair);
      }
    }
  }
  return [...counts.values()]
    .sort(
      (x, y) =>
        y.together - x.together ||
        (x.a < y.a ? -1 : x.a > y.a ? 1 : 0) ||
        (x.b < y.b ? -1 : x.b > y.b ? 1 : 0),
    )
    .slice(0, limit);
}

/* ---------- What follows what ---------- */

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

/* ---------- The cycle ---------- */

export interface CycleLoop {
  /** The day harm was noted. */
  harm: number;
  /** The first apology, gift or promise within the window after it, or null. */
  apology: number | null;
  /** The next harm after that apology, or null (none noted since). */
  harmAgain: number | null;
}

export interface Cycle {
  withinDays: number;
  /** Days on which harm was noted. */
  harmDays: number;
  /** Of those, days followed by an apology, gift or promise within withinDays (same day counts). */
  harmFollowedByApology: number;
  /** Days on which an apology, gift or promise was noted. */
  apologyDays: number;
  /** Of those, days after which harm was noted again (on a later day). */
  apologyFollowedByHarm: number;
  /** Days from each such apology to the next harm, in order; their middle value is below. */
  calmGaps: number[];
  /** The median of calmGaps, or null. */
  typicalCalmDays: number | null;
  /** Full turns: harm, then an apology within the window, then harm again. */
  fullTurns: number;
  /** One row per harm day, in order. */
  loops: CycleLoop[];
  /** Every day an apology, gift or promise was noted, in order (for the timeline). */
  apologyDayList: number[];
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The first value in a sorted array that is >= min, or undefined. */
function firstAtLeast(sorted: readonly number[], min: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < min) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/**
 * The cycle in the person's own record: harm, then an apology, gift or promise within
 * `withinDays` days (the same day counts), then a calm, then harm again. Counted by days.
 */
export function cycle(source: Source, today: number, withinDays = 3): Cycle {
  const days = summariseDays(source, today);
  const harm: number[] = [];
  const apology: number[] = [];
  for (const summary of days.values()) {
    if (summary.events.includes(BUILTIN_TAG_IDS.harm)) harm.push(summary.day);
    if (summary.events.includes(BUILTIN_TAG_IDS.apology)) apology.push(summary.day);
  }
  harm.sort((a, b) => a - b);
  apology.sort((a, b) => a - b);

  const calmGaps: number[] = [];
  let apologyFollowedByHarm = 0;
  for (const day of apology) {
    const next = firstAtLeast(harm, day + 1);
    if (next !== undefined) {
      apologyFollowedByHarm += 1;
      calmGaps.push(next - day);
    }
  }
  const loops: CycleLoop[] = harm.map((day) => {
    const found = firstAtLeast(apology, day);
    const apologyDay = found !== undefined && found <= day + withinDays ? found : null;
    const harmAgain = apologyDay === null ? null : (firstAtLeast(harm, apologyDay + 1) ?? null);
    return { harm: day, apology: apologyDay, harmAgain };
  });
  return {
    withinDays,
    harmDays: harm.length,
    harmFollowedByApology: loops.filter((l) => l.apology !== null).length,
    apologyDays: apology.length,
    apologyFollowedByHarm,
    calmGaps,
    typicalCalmDays: median(calmGaps),
    fullTurns: loops.filter((l) => l.harmAgain !== null).length,
    loops,
    apologyDayList: apology,
  };
}

/* ---------- No contact ---------- */

export interface ContactInfo {
  /** The last day contact was noted, or null. */
  lastContact: number | null;
  /** Whole days from the last noted contact to today, or null. */
  daysSinceContact: number | null;
  /** Days with "no contact held" noted since the last contact (all of them when none). */
  noContactDaysSince: number;
}

/** Contact and no-contact, as information; null when neither was ever noted. */
export function contactInfo(source: Source, today: number): ContactInfo | null {
  const days = summariseDays(source, today);
  let lastContact: number | null = null;
  const noContact: number[] = [];
  for (const summary of days.values()) {
    if (summary.events.includes(BUILTIN_TAG_IDS.contact)) {
      if (lastContact === null || summary.day > lastContact) lastContact = summary.day;
    }
    if (summary.events.includes(BUILTIN_TAG_IDS.noContact)) noContact.push(summary.day);
  }
  if (lastContact === null && noContact.length === 0) return null;
  return {
    lastContact,
    daysSinceContact: lastContact === null ? null : dayNumber(today) - lastContact,
    noContactDaysSince: noContact.filter((d) => lastContact === null || d > lastContact).length,
  };
}

/* ---------- Remember the whole story ---------- */

// Chosen in story.ts; exported here too, where the benchmark looks for every analysis.
export { isHardEntry, storyFor, wantsWholeStory } from './story';

/* ---------- Everything the view shows ---------- */

export interface PatternOptions {
  range: MoodRange;
  feelingPeriodDays: number;
  followEventId: string;
  followDays: number;
  apologyWithinDays: number;
  calendarYear: number;
  calendarMonth: number;
}

export interface Patterns {
  mood: MoodSeries;
  month: MonthGrid;
  feelings: FeelingFrequencies;
  pairs: FeelingPair[];
  follows: WhatFollows;
  cycle: Cycle;
  contact: ContactInfo | null;
}

/** Every part of the Patterns view at once (what the benchmark times). */
export function computePatterns(
  entries: readonly Entry[],
  options: PatternOptions,
  today: number,
): Patterns {
  const p = prepare(entries, today);
  return {
    mood: moodSeries(p, options.range, today),
    month: monthGrid(p, options.calendarYear, options.calendarMonth, today),
    feelings: feelingFrequencies(p, options.feelingPeriodDays, today),
    pairs: feelingPairs(p, today, p.today - options.feelingPeriodDays + 1),
    follows: whatFollows(p, options.followEventId, options.followDays, today),
    cycle: cycle(p, today, options.apologyWithinDays),
    contact: contactInfo(p, today),
  };
}
