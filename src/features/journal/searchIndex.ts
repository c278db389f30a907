/**
 * Full-text search over the unlocked journal with MiniSearch. The index holds entry
 * text, so it lives only while the journal is open: dropIndex() on lock.
 * MiniSearch itself loads on first use (loadSearch), keeping it out of the first screen.
 */
import type MiniSearch from 'minisearch';
import type { Entry } from '../../storage/types';

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

function create(Search: Engine): MiniSearch<Doc> {
  return new Search<Doc>({
    fields: ['text'],
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.15 : 0),
      combineWith: 'AND',
    },
  });
}

/** Takes the same path as a real query (prefix and fuzzy: five letters or more). */
const WARM_UP_QUERY = 'qzxjv';

/** Journals up to this size are indexed at once when a search needs it (a few ms). */
export const SYNC_BUILD_LIMIT = 1000;
/** An indexing slice stops after this long and gives the main thread back (quick exit). */
const SLICE_MS = 8;

let building: { entries: ReadonlyMap<string, Entry>; done: Promise<void> } | null = null;
const listeners = new Set<() => void>();

/** Calls `listener` whenever a freshly built index can answer; returns the unsubscribe. */
export function onIndexReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A new task, as soon as the browser has handled what is waiting (a key, a click). A
 * message, not setTimeout(0): nested timeouts are held back 4 ms each, a third of a slice.
 */
function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Builds the index in slices of about SLICE_MS, each its own task, so a click or key
 * (quick exit above all) never waits behind indexing. A lock in the middle stops it.
 */
function buildInSlices(Search: Engine, entries: ReadonlyMap<string, Entry>): Promise<void> {
  if (building?.entries === entries) return building.done;
  const at = generation;
  const docs = [...entries.values()];
  const next = create(Search);
  const job: { entries: ReadonlyMap<string, Entry>; done: Promise<void> } = {
    entries,
    done: Promise.resolve(),
  };
  const current = () => at === generation && building === job;
  job.done = (async () => {
    let i = 0;
    do {
      await nextTask();
      if (!current()) return;
      const until = performance.now() + SLICE_MS;
      while (i < docs.length && performance.now() < until) next.add(docs[i++] as Doc);
    } while (i < docs.length);
    if (!current()) return;
    building = null;
    index = next;
    indexed = entries;
    for (const listener of listeners) listener();
    // The first query in a page ran several times slower than the next ones (the engine's
    // search code not yet compiled): one query for a word nobody writes, in its own task,
    // so the person's first search is as quick as their second.
    await nextTask();
    if (index === next) next.search(WARM_UP_QUERY);
  })();
  building = job;
  return job.done;
}

/**
 * The index for exactly these entries, or null while it is being built. Small changes
 * (one save, one delete) are applied in place; a small journal is indexed at once; a
 * large one is indexed in slices (onIndexReady tells when it can answer).
 */
function sync(Search: Engine, entries: ReadonlyMap<string, Entry>): MiniSearch<Doc> | null {
  if (index && indexed === entries) return index;
  if (index && indexed && Math.abs(indexed.size - entries.size) <= 1) {
    for (const [id, old] of indexed) {
      const now = entries.get(id);
      if (!now) index.discard(id);
      else if (now !== old) index.replace(now);
    }
    for (const [id, entry] of entries) if (!indexed.has(id)) index.add(entry);
    indexed = entries;
    return index;
  }
  if (entries.size <= SYNC_BUILD_LIMIT) {
    building = null;
    index = create(Search);
    index.addAll([...entries.values()]);
    indexed = entries;
    return index;
  }
  // A build for nearly these entries finishes first; the change is applied after it.
  if (!building || Math.abs(building.entries.size - entries.size) > 1) {
    void buildInSlices(Search, entries);
  }
  return null;
}

/**
 * Ids of entries whose text matches every word of the query (prefixes count), or null
 * while the search code is still loading (call loadSearch and ask again) or a large
 * journal is still being indexed (onIndexReady tells when to ask again).
 */
export function searchEntries(
  entries: ReadonlyMap<string, Entry>,
  query: string,
): Set<string> | null {
  const trimmed = query.trim();
  if (trimmed === '') return new Set(entries.keys());
  if (!engine) return null;
  const ready = sync(engine, entries);
  if (!ready) return null;
  return new Set(ready.search(trimmed).map((hit) => String(hit.id)));
}

/**
 * Builds the index ahead of the first search (the app calls it when idle after unlock),
 * always in slices that yield to the main thread, whatever the journal's size.
 */
export function warmIndex(entries: ReadonlyMap<string, Entry>): void {
  const at = generation;
  loadSearch().then(
    () => {
      if (at !== generation || !engine) return;
      if (index && indexed && Math.abs(indexed.size - entries.size) <= 1) sync(engine, entries);
      else if (indexed !== entries && !building) void buildInSlices(engine, entries);
    },
    () => undefined, // the first search asks again
  );
}

export function dropIndex(): void {
  generation += 1;
  building = null;
  index = null;
  indexed = null;
}
