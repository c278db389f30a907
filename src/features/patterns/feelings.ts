/**
 * Feelings: how often each was named, and which come together. See analysis.ts for the rules
 * every analysis keeps.
 */
import { dayNumber } from '../../lib/dayKey';
import { type DatedEntry, type Source, firstOnOrAfter, firstTime, prepared } from './days';

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
