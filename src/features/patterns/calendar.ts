/**
 * The calendar: a month (or a year) of days, with their moods and events. See analysis.ts for
 * the rules every analysis keeps.
 */
import type { Mood } from '../../storage/types';
import { BUILTIN_TAG_IDS } from '../../storage/defaultTags';
import { DAY_MS, firstOfMonth } from '../../lib/dayKey';
import { type DaySummary, type Source, summariseDays } from './days';

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
