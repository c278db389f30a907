/** The printable report's content: pure functions over entries and tags. */
import type { Entry, Mood, Tag } from '../db/types';
import { BUILTIN_TAG_IDS } from '../journal/defaultTags';
import { cycle, prepare } from '../patterns/analysis';
import { cycleSentences } from '../patterns/words';

export interface NameCount {
  name: string;
  count: number;
}

export interface Summary {
  entries: number;
  /** How many entries had each mood (1-5), and how many had none. */
  moods: Record<Mood, number> & { none: number };
  feelings: NameCount[];
  events: NameCount[];
  incidents: number;
}

function counted(ids: Iterable<string>, names: Map<string, string>): NameCount[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .flatMap(([id, count]) => {
      const name = names.get(id);
      return name === undefined ? [] : [{ name, count }];
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Counts of moods, feelings and events over the given entries. */
export function summarise(entries: readonly Entry[], tags: readonly Tag[]): Summary {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  const moods = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, none: 0 };
  for (const entry of entries) {
    if (entry.mood === null) moods.none += 1;
    else moods[entry.mood] += 1;
  }
  return {
    entries: entries.length,
    moods,
    feelings: counted(
      entries.flatMap((e) => e.feelings),
      names,
    ),
    events: counted(
      entries.flatMap((e) => e.events),
      names,
    ),
    incidents: incidentLog(entries).length,
  };
}

/** Entries that record harm (the built-in event e01), oldest first. */
export function incidentLog(entries: readonly Entry[]): Entry[] {
  return entries
    .filter((e) => e.events.includes(BUILTIN_TAG_IDS.harm))
    .sort((a, b) => a.happenedAt - b.happenedAt);
}

/**
 * What the Patterns view says about the cycle (harm, then an apology, gift or promise,
 * then harm again), over the given entries only: the report passes the entries in its
 * chosen dates, so nothing outside them is counted. Empty when no harm was noted there
 * (the summary's count already says so).
 */
export function cycleSummary(entries: readonly Entry[], today: number, withinDays = 3): string[] {
  const found = cycle(prepare(entries, today), today, withinDays);
  return found.harmDays === 0 ? [] : cycleSentences(found);
}
