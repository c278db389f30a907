/** Which feelings and events the person uses most, so the editor can show those first. */
import type { Entry, Tag } from '../../storage/types';

/** How many entries chose each tag. */
export function countTagUse(entries: Iterable<Entry>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const id of entry.feelings) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const id of entry.events) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

// Counted once per state of the journal, however many pickers ask.
const cache = new WeakMap<object, Map<string, number>>();

export function tagUseOf(entries: ReadonlyMap<string, Entry>): ReadonlyMap<string, number> {
  let counts = cache.get(entries);
  if (!counts) {
    counts = countTagUse(entries.values());
    cache.set(entries, counts);
  }
  return counts;
}

export interface FoldedTags {
  /** Shown at once: the most used, then the person's own order; chosen ones always. */
  first: Tag[];
  /** Behind "Show all". */
  rest: Tag[];
}

/** How many show at once, and the fewest worth folding away (hiding two is no help). */
export const SHOWN_FIRST = 8;
export const FEWEST_FOLDED = 4;

/**
 * Splits the tags a picker offers into the ones shown first and the rest. Tags come in
 * already filtered to one kind and to those the picker may show.
 */
export function foldTags(
  tags: readonly Tag[],
  use: ReadonlyMap<string, number>,
  selected: readonly string[],
  shownFirst = SHOWN_FIRST,
): FoldedTags {
  const inOrder = [...tags].sort((a, b) => a.order - b.order);
  if (inOrder.length - shownFirst < FEWEST_FOLDED) return { first: inOrder, rest: [] };
  const byUse = [...inOrder].sort((a, b) => (use.get(b.id) ?? 0) - (use.get(a.id) ?? 0));
  const top = new Set(byUse.slice(0, shownFirst).map((t) => t.id));
  const chosenBelow = inOrder.filter((t) => !top.has(t.id) && selected.includes(t.id));
  const first = [...byUse.slice(0, shownFirst), ...chosenBelow];
  const shown = new Set(first.map((t) => t.id));
  return { first, rest: inOrder.filter((t) => !shown.has(t.id)) };
}
