/**
 * Days: local calendar days as numbers, and entries prepared once for every analysis. See
 * analysis.ts for the rules every analysis keeps.
 */
import { dayNumber, dayNumberer } from '../../lib/dayKey';
import type { Entry } from '../../storage/types';

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
export function firstOnOrAfter(dated: readonly DatedEntry[], day: number): number {
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
export function firstTime(ids: readonly string[], i: number): boolean {
  return ids.indexOf(ids[i] as string) === i;
}

export function prepared(source: Source, today: number): Prepared {
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
