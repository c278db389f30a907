/** Pure rules for which entries the list shows, and in what order. */
import { startOfDayKey } from '../../lib/dayKey';
import type { Filters } from '../../state/store';
import type { Entry } from '../../storage/types';

/** Newest first by when it happened; ties by when written. */
export function compareNewestFirst(a: Entry, b: Entry): number {
  return b.happenedAt - a.happenedAt || b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);
}

export function hasFilters(filters: Filters): boolean {
  return (
    filters.feelings.length > 0 ||
    filters.events.length > 0 ||
    filters.moods.length > 0 ||
    filters.from !== '' ||
    filters.to !== ''
  );
}

/** Keeps entries that have every chosen feeling and event, one of the chosen moods, in the range. */
export function matchesFilters(entry: Entry, filters: Filters): boolean {
  if (filters.moods.length > 0 && (entry.mood === null || !filters.moods.includes(entry.mood))) {
    return false;
  }
  if (!filters.feelings.every((id) => entry.feelings.includes(id))) return false;
  if (!filters.events.every((id) => entry.events.includes(id))) return false;
  if (filters.from !== '' && entry.happenedAt < startOfDayKey(filters.from)) return false;
  if (filters.to !== '') {
    const end = new Date(startOfDayKey(filters.to));
    end.setDate(end.getDate() + 1);
    if (entry.happenedAt >= end.getTime()) return false;
  }
  return true;
}

/** Every entry, newest first (sorted once per change of the journal, not per keystroke). */
export function newestFirst(entries: Iterable<Entry>): Entry[] {
  return [...entries].sort(compareNewestFirst);
}

/**
 * Narrows a list already in newest-first order to the filters and search hits. Returns the
 * same array when nothing narrows it, so the list's rows are not rebuilt for nothing.
 */
export function narrowSorted(
  sorted: readonly Entry[],
  filters: Filters,
  hits: ReadonlySet<string> | null,
): readonly Entry[] {
  const filtered = hasFilters(filters);
  if (hits) return orderHits(sorted, hits, filtered ? filters : null);
  if (!filtered) return sorted;
  return sorted.filter((entry) => matchesFilters(entry, filters));
}

const positions = new WeakMap<readonly Entry[], Map<string, number>>();

/**
 * Where each entry of a newest-first list stands in it, by id: worked out once per list
 * (a search is then a pass over its hits, not over the journal). The app asks for it when
 * idle, ahead of the first search.
 */
export function positionsIn(sorted: readonly Entry[]): ReadonlyMap<string, number> {
  let found = positions.get(sorted);
  if (!found) {
    found = new Map();
    for (let i = 0; i < sorted.length; i += 1) found.set(sorted[i]!.id, i);
    positions.set(sorted, found);
  }
  return found;
}

/** The entries of `sorted` among the hits (and the filters, if any), in its order. */
function orderHits(
  sorted: readonly Entry[],
  hits: ReadonlySet<string>,
  filters: Filters | null,
): Entry[] {
  const at = positionsIn(sorted);
  const found = new Int32Array(hits.size);
  let n = 0;
  for (const id of hits) {
    const i = at.get(id);
    if (i !== undefined) found[n++] = i;
  }
  const order = found.subarray(0, n).sort();
  const out: Entry[] = [];
  for (const i of order) {
    const entry = sorted[i]!;
    if (!filters || matchesFilters(entry, filters)) out.push(entry);
  }
  return out;
}

/** The list to show: filtered, limited to search hits when there is a query, newest first. */
export function visibleEntries(
  entries: Iterable<Entry>,
  filters: Filters,
  hits: ReadonlySet<string> | null,
): Entry[] {
  return [...narrowSorted(newestFirst(entries), filters, hits)];
}

/** An order already computed, and the journal it is the order of. */
export interface Ordered {
  entries: ReadonlyMap<string, Entry>;
  sorted: readonly Entry[];
}

/**
 * Every entry newest first, reusing the order of an earlier journal when this one only
 * adds entries to it (as while a large journal opens chunk by chunk): the new ones are
 * sorted and merged in, a pass over the list instead of a sort of all of it. Anything
 * else (a change, a removal) sorts afresh.
 */
export function newestFirstFrom(
  before: Ordered | null,
  entries: ReadonlyMap<string, Entry>,
): Entry[] {
  if (!before || before.entries.size > entries.size) return newestFirst(entries.values());
  for (const [id, entry] of before.entries) {
    if (entries.get(id) !== entry) return newestFirst(entries.values());
  }
  const added: Entry[] = [];
  for (const [id, entry] of entries) if (!before.entries.has(id)) added.push(entry);
  added.sort(compareNewestFirst);
  const old = before.sorted;
  const out: Entry[] = new Array<Entry>(old.length + added.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < old.length && j < added.length) {
    out[k++] = compareNewestFirst(old[i]!, added[j]!) <= 0 ? old[i++]! : added[j++]!;
  }
  while (i < old.length) out[k++] = old[i++]!;
  while (j < added.length) out[k++] = added[j++]!;
  return out;
}

/** Remembers the last order it gave, so the next journal's order can start from it. */
export class NewestFirstOrder {
  private last: Ordered | null = null;

  of(entries: ReadonlyMap<string, Entry>): readonly Entry[] {
    if (this.last?.entries === entries) return this.last.sorted;
    const sorted = newestFirstFrom(this.last, entries);
    this.last = { entries, sorted };
    return sorted;
  }
}
