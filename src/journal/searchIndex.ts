/**
 * Full-text search over the unlocked journal with MiniSearch. The index holds entry
 * text, so it lives only while the journal is open: dropIndex() on lock.
 * MiniSearch itself loads on first use (loadSearch), keeping it out of the first screen.
 */
import type MiniSearch from 'minisearch';
import type { Entry } from '../db/types';

type Doc = Pick<Entry, 'id' | 'text'>;
type Engine = typeof MiniSearch;

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;
let index: MiniSearch<Doc> | null = null;
let indexed: ReadonlyMap<string, Entry> | null = null;
/** Bumped by dropIndex, so an index warmed after a lock is never built. */
let generation = 0;

/** Loads the search code once; resolves when searchEntries can answer. */
export function loadSearch(): Promise<void> {
  loading ??= import('minisearch').then(
    (module) => (engine = module.default),
    (error: unknown) => {
      loading = null; // let a later call try again
      throw error;
    },
  );
  return loading.then(() => undefined);
}

export function searchLoaded(): boolean {
  return engine !== null;
}

function build(Search: Engine, entries: ReadonlyMap<string, Entry>): MiniSearch<Doc> {
  const next = new Search<Doc>({
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
function sync(Search: Engine, entries: ReadonlyMap<string, Entry>): MiniSearch<Doc> {
  if (index && indexed === entries) return index;
  if (!index || !indexed || Math.abs(indexed.size - entries.size) > 1) {
    index = build(Search, entries);
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

/**
 * Ids of entries whose text matches every word of the query (prefixes count), or null
 * while the search code is still loading (call loadSearch and ask again).
 */
export function searchEntries(
  entries: ReadonlyMap<string, Entry>,
  query: string,
): Set<string> | null {
  const trimmed = query.trim();
  if (trimmed === '') return new Set(entries.keys());
  if (!engine) return null;
  return new Set(
    sync(engine, entries)
      .search(trimmed)
      .map((hit) => String(hit.id)),
  );
}

/** Builds the index ahead of the first search, when the browser is idle. */
export function warmIndex(entries: ReadonlyMap<string, Entry>): void {
  const at = generation;
  loadSearch().then(
    () => {
      if (at === generation && engine) sync(engine, entries);
    },
    () => undefined, // the first search asks again
  );
}

export function dropIndex(): void {
  generation += 1;
  index = null;
  indexed = null;
}
