/**
 * Full-text search over the unlocked journal with MiniSearch. The index holds entry
 * text, so it lives only while the journal is open: its session calls dropIndex() when it ends.
 * MiniSearch itself loads on first use (loadSearch), keeping it out of the first screen.
 */
import type MiniSearch from 'minisearch';
import { whenIdle } from '../../lib/idle';
import { currentSession, sessionPart } from '../../state/session';
import type { Entry } from '../../storage/types';

type Doc = Pick<Entry, 'id' | 'text'>;
type Engine = typeof MiniSearch;

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;
let index: MiniSearch<Doc> | null = null;
/** Bumped by dropIndex, so an index warmed after a lock is never built. */
let generation = 0;

/** The index belongs to the open journal's session, which drops it when it ends. */
const SEARCH_INDEX = sessionPart('search index', () => ({ dispose: dropIndex }));

/** True while a journal is open (and then its session will drop the index). */
function inSession(): boolean {
  const session = currentSession();
  if (!session) return false;
  session.part(SEARCH_INDEX);
  return true;
}

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
/** Indexing starts when the browser is idle, or after this long at the latest. */
const IDLE_WAIT_MS = 1000;

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
 * The change list a catch-up is working through. It is worked out again only once it is
 * done (a journal still opening changes every few hundred ms, and each working-out is a
 * pass over the whole journal), or when a save applied at once made it stale (null).
 */
let pending: Changes | null = null;

/**
 * Brings the index to `wanted` in slices of about SLICE_MS, each its own task, so a click
 * or key (quick exit above all) never waits behind indexing. A newer journal meanwhile
 * (more entries opened) is taken up once the changes in hand are applied; a lock stops it.
 */
function catchUp(Search: Engine): Promise<void> {
  if (catchingUp) return catchingUp;
  const at = generation;
  const into = (index ??= create(Search));
  catchingUp = (async () => {
    for (;;) {
      await nextTask();
      if (at !== generation) return;
      if (!wanted) return;
      if (!pending || (pending.put.length === 0 && pending.discard.length === 0)) {
        if (answers === wanted) return; // a save applied at once got there first
        pending = changesTo(wanted);
      }
      const changes = pending;
      const until = performance.now() + SLICE_MS;
      let more = true;
      while (more && performance.now() < until) more = applyOne(into, changes);
      if (more || wanted !== changes.target) continue;
      pending = null;
      catchingUp = null;
      caughtUp(changes.target);
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
  // Worked out again even while a catch-up is on its way: a save just made (a few
  // changes) is answered at once, not after the slices.
  const changes = changesTo(entries);
  if (
    entries.size <= SYNC_BUILD_LIMIT ||
    changes.put.length + changes.discard.length <= SYNC_CHANGES
  ) {
    const into = (index ??= create(Search));
    while (applyOne(into, changes));
    // A catch-up's list may now hold older versions of what was just applied.
    pending = null;
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
 * while the journal is locked, while the search code is still loading (call loadSearch and ask again) or the index is
 * still catching up with the journal (onIndexReady tells when to ask again). Never an
 * answer from part of the journal.
 */
export function searchEntries(
  entries: ReadonlyMap<string, Entry>,
  query: string,
): Set<string> | null {
  const trimmed = query.trim();
  if (trimmed === '') return new Set(entries.keys());
  if (!engine || !inSession()) return null;
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
  if (!inSession()) return;
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

/** A journal waiting for the browser's next idle moment to start the index on. */
let idleTarget: ReadonlyMap<string, Entry> | null = null;

/**
 * Keeps the index following the journal (the app calls it whenever the journal changes).
 * Nothing indexed yet: it starts at the browser's next idle moment, on the journal as it
 * is by then, so the first screen stays clear; a journal still opening does not put that
 * moment off. Once indexing has begun, a newer journal (the next chunk, a save) becomes
 * the catch-up's target at once: waiting for idle again would wait behind the catch-up
 * itself, so the index would finish an older journal before starting on the rest.
 */
export function followJournal(entries: ReadonlyMap<string, Entry>): void {
  if (!inSession()) return;
  if (engine && index) {
    if (answers === entries || wanted === entries) return;
    wanted = entries;
    void catchUp(engine);
    return;
  }
  const scheduled = idleTarget !== null;
  idleTarget = entries;
  if (scheduled) return;
  whenIdle(
    () => {
      const target = idleTarget;
      idleTarget = null;
      if (target) warmIndex(target);
    },
    { timeout: IDLE_WAIT_MS },
  );
}

export function dropIndex(): void {
  generation += 1;
  idleTarget = null;
  pending = null;
  index = null;
  held = new Map();
  answers = null;
  wanted = null;
  catchingUp = null;
}
