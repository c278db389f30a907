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
/** Up to this many changed entries are applied to a built index at once (a few ms). */
const SYNC_CHANGES = 100;
/** An indexing slice stops after this long and gives the main thread back (quick exit). */
const SLICE_MS = 8;

const listeners = new Set<() => void>();

/** Calls `listener` whenever the index has caught up with the journal; returns the unsubscribe. */
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

/** What the index must change to hold exactly `target`. */
interface Changes {
  target: ReadonlyMap<string, Entry>;
  put: Entry[];
  discard: string[];
}

/**
 * The one index of the open journal and exactly which entries it holds (`held`), so any
 * later journal (a chunk more while it opens, a save, an import) is reached by applying
 * the difference, never by indexing everything again.
 */
let held = new Map<string, Entry>();
/** The journal the index answers for, once it has caught up with it. */
let answers: ReadonlyMap<string, Entry> | null = null;
/** The journal a catch-up in slices is working towards. */
let wanted: ReadonlyMap<string, Entry> | null = null;
let catchingUp: Promise<void> | null = null;

function changesTo(target: ReadonlyMap<string, Entry>): Changes {
  const put: Entry[] = [];
  const discard: string[] = [];
  for (const id of held.keys()) if (!target.has(id)) discard.push(id);
  for (const [id, entry] of target) if (held.get(id) !== entry) put.push(entry);
  return { target, put, discard };
}

/** Applies one change; false when none is left. */
function applyOne(into: MiniSearch<Doc>, changes: Changes): boolean {
  const id = changes.discard.pop();
  if (id !== undefined) {
    if (held.delete(id)) into.discard(id);
    return true;
  }
  const entry = changes.put.pop();
  if (!entry) return false;
  if (held.has(entry.id)) into.replace(entry);
  else into.add(entry);
  held.set(entry.id, entry);
  return true;
}

function caughtUp(target: ReadonlyMap<string, Entry>): void {
  answers = target;
  for (const listener of listeners) listener();
}

/**
 * Brings the index to `wanted` in slices of about SLICE_MS, each its own task, so a click
 * or key (quick exit above all) never waits behind indexing. A newer journal meanwhile
 * (more entries opened) is taken up where it stands; a lock stops it.
 */
function catchUp(Search: Engine): Promise<void> {
  if (catchingUp) return catchingUp;
  const at = generation;
  const into = (index ??= create(Search));
  catchingUp = (async () => {
    let changes: Changes | null = null;
    for (;;) {
      await nextTask();
      if (at !== generation) return;
      const target = wanted;
      if (!target) return;
      if (changes?.target !== target) changes = changesTo(target);
      const until = performance.now() + SLICE_MS;
      let more = true;
      while (more && performance.now() < until) more = applyOne(into, changes);
      if (more || wanted !== target) continue;
      catchingUp = null;
      caughtUp(target);
      // The first query in a page ran several times slower than the next ones (the
      // engine's search code not yet compiled): one query for a word nobody writes, in its
      // own task, so the person's first search is as quick as their second.
      await nextTask();
      if (index === into) into.search(WARM_UP_QUERY);
      return;
    }
  })().finally(() => {
    if (at === generation) catchingUp = null;
  });
  return catchingUp;
}

/**
 * The index for exactly these entries, or null while it is catching up. A small journal,
 * or a few changes to one already indexed, are applied at once; more are applied in
 * slices (onIndexReady tells when it can answer).
 */
function sync(Search: Engine, entries: ReadonlyMap<string, Entry>): MiniSearch<Doc> | null {
  if (index && answers === entries) return index;
  if (wanted === entries && catchingUp) return null;
  const changes = changesTo(entries);
  if (
    entries.size <= SYNC_BUILD_LIMIT ||
    changes.put.length + changes.discard.length <= SYNC_CHANGES
  ) {
    const into = (index ??= create(Search));
    while (applyOne(into, changes));
    wanted = entries;
    answers = entries;
    return into;
  }
  wanted = entries;
  void catchUp(Search);
  return null;
}

/**
 * Ids of entries whose text matches every word of the query (prefixes count), or null
 * while the search code is still loading (call loadSearch and ask again) or the index is
 * still catching up with the journal (onIndexReady tells when to ask again). Never an
 * answer from part of the journal.
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

/** True when a search over these entries answers at once (the index has caught up). */
export function searchReadyFor(entries: ReadonlyMap<string, Entry>): boolean {
  return engine !== null && index !== null && answers === entries;
}

/**
 * Keeps the index following the journal ahead of the first search (the app calls it when
 * idle, and again as more entries open), always in slices that yield to the main thread.
 */
export function warmIndex(entries: ReadonlyMap<string, Entry>): void {
  const at = generation;
  loadSearch().then(
    () => {
      if (at !== generation || !engine || answers === entries || wanted === entries) return;
      wanted = entries;
      void catchUp(engine);
    },
    () => undefined, // the first search asks again
  );
}

export function dropIndex(): void {
  generation += 1;
  index = null;
  held = new Map();
  answers = null;
  wanted = null;
  catchingUp = null;
}
