/** Pure rules for which entries the list shows, and in what order. */
import type { Filters } from '../../state/store';
import type { Entry } from '../../storage/types';

/** Newest first by when it happened; ties by when written. */
export function compareNewestFirst(a: Entry, b: Entry): number {
  return b.happenedAt - a.happenedAt || b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);
}

/** Local midnight at the start of a yyyy-mm-dd day, in ms. */
export function startOfDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
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
  if (filters.from !== '' && entry.happenedAt < startOfDay(filters.from)) return false;
  if (filters.to !== '') {
    const end = new Date(startOfDay(filters.to));
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
  if (!hits && !filtered) return sorted;
  const out: Entry[] = [];
  if (hits && hits.size === 0) return out;
  for (const entry of sorted) {
    if (hits && !hits.has(entry.id)) continue;
    if (!filtered || matchesFilters(entry, filters)) out.push(entry);
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
