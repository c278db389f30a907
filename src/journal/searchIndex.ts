/**
 * Full-text search over the unlocked journal with MiniSearch. The index holds entry
 * text, so it lives only while the journal is open: dropIndex() on lock.
 */
import MiniSearch from 'minisearch';
import type { Entry } from '../db/types';

type Doc = Pick<Entry, 'id' | 'text'>;

let index: MiniSearch<Doc> | null = null;
let indexed: ReadonlyMap<string, Entry> | null = null;

function build(entries: ReadonlyMap<string, Entry>): MiniSearch<Doc> {
  const next = new MiniSearch<Doc>({
    fields: ['text'],
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.15 : 0),
      combineWith: 'AND',
    },
  });
  next.addAll([...entries.values()]);
  return next;
}

/**
 * Brings the index up to date with the entries map. Small changes (one save, one
 * delete) are applied in place; anything else rebuilds.
 */
function sync(entries: ReadonlyMap<string, Entry>): MiniSearch<Doc> {
  if (index && indexed === entries) return index;
  if (!index || !indexed || Math.abs(indexed.size - entries.size) > 1) {
    index = build(entries);
  } else {
    for (const [id, old] of indexed) {
      const now = entries.get(id);
      if (!now) index.discard(id);
      else if (now !== old) index.replace(now);
    }
    for (const [id, entry] of entries) if (!indexed.has(id)) index.add(entry);
  }
  indexed = entries;
  return index;
}

/** Ids of entries whose text matches every word of the query (prefixes count). */
export function searchEntries(entries: ReadonlyMap<string, Entry>, query: string): Set<string> {
  const trimmed = query.trim();
  if (trimmed === '') return new Set(entries.keys());
  return new Set(
    sync(entries)
      .search(trimmed)
      .map((hit) => String(hit.id)),
  );
}

/** Builds the index ahead of the first search, when the browser is idle. */
export function warmIndex(entries: ReadonlyMap<string, Entry>): void {
  sync(entries);
}

export function dropIndex(): void {
  index = null;
  indexed = null;
}
