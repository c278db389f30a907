/**
 * Reading the journal: entries newest first in chunks, one entry, and what opening needs
 * (drafts, tags, settings). Rows are read in short transactions and decrypted outside them.
 */
import {
  defaultSettings,
  DRAFT_DECODER,
  ENTRY_DECODER,
  SETTINGS_DECODER,
  TAG_DECODER,
} from './openingDecoders';
import { database, type SealedRow } from './schema';
import type { Draft, Entry, Settings, Tag } from './types';
import { SETTINGS_ID, openRows } from './sealedRows';

export interface LoadedJournal {
  entries: Entry[];
  drafts: Draft[];
  tags: Tag[];
  settings: Settings;
  /** Rows that could not be decrypted or read; kept in storage untouched. */
  unreadable: number;
  /**
   * True when the settings row could not be read: the defaults are used, and the damaged
   * row is kept (counted in `unreadable`) until the next settings save sets it aside.
   */
  settingsDamaged?: boolean;
  /** The IV of the row each entry was read from, by id (see features/backup/records.ts KnownRecords). */
  entryIvs?: ReadonlyMap<string, Uint8Array>;
}

function ivsOf(
  entries: readonly Entry[],
  from: readonly SealedRow[],
  into: Map<string, Uint8Array>,
) {
  entries.forEach((entry, i) => {
    const row = from[i];
    if (row && row.id === entry.id) into.set(entry.id, row.iv);
  });
}

/** Everything but the entries: drafts, tags and settings, read in one transaction. */
export type JournalStart = Omit<LoadedJournal, 'entries'>;

export async function loadJournalStart(key: CryptoKey): Promise<JournalStart> {
  const db = database();
  const [draftRows, tagRows, settingsRow] = await db.transaction(
    'r',
    [db.drafts, db.tags, db.settings],
    () => Promise.all([db.drafts.toArray(), db.tags.toArray(), db.settings.get(SETTINGS_ID)]),
  );
  const [drafts, tags] = await Promise.all([
    openRows(key, 'drafts', draftRows, DRAFT_DECODER),
    openRows(key, 'tags', tagRows, TAG_DECODER),
  ]);
  // One damaged settings row costs the settings, never the journal: the defaults stand in.
  const stored = settingsRow
    ? await openRows(key, 'settings', [settingsRow], SETTINGS_DECODER)
    : { values: [], unreadable: 0 };
  return {
    drafts: drafts.values,
    tags: tags.values,
    settings: stored.values[0] ?? defaultSettings(),
    settingsDamaged: stored.unreadable > 0,
    unreadable: drafts.unreadable + tags.unreadable + stored.unreadable,
  };
}

/**
 * The newest entries come in a small first chunk (the first screen), the rest in larger
 * ones. A chunk's decrypts settle on the main thread together (about 40 µs each here), so
 * a chunk stays small enough to keep that under 50 ms: typing and Quick exit stay instant.
 */
export const FIRST_CHUNK = 50;
export const CHUNK = 500;

export interface EntryChunk {
  entries: Entry[];
  unreadable: number;
  /** The IV of each entry's row, by id. */
  ivs: Map<string, Uint8Array>;
  /** True on the last chunk. */
  last: boolean;
}

/** Where the next read starts: at or below `createdAt`, leaving out the ids already read there. */
interface Boundary {
  createdAt: number;
  readAt: ReadonlySet<string>;
}

function readEntryRows(boundary: Boundary | null, count: number): Promise<SealedRow[]> {
  const db = database();
  const rows =
    boundary === null
      ? db.entries.orderBy('createdAt')
      : db.entries.where('createdAt').belowOrEqual(boundary.createdAt);
  return rows
    .reverse()
    .limit(count + (boundary?.readAt.size ?? 0))
    .toArray();
}

function nextBoundary(previous: Boundary | null, fresh: readonly SealedRow[]): Boundary | null {
  const last = fresh.at(-1);
  if (!last) return previous;
  const readAt = new Set(previous?.createdAt === last.createdAt ? previous.readAt : []);
  for (const row of fresh) if (row.createdAt === last.createdAt) readAt.add(row.id);
  return { createdAt: last.createdAt, readAt };
}

/**
 * Every entry, newest first (by createdAt), in chunks: each chunk is read in its own short
 * transaction and decrypted outside it, and the next read is already asked for while this
 * one decrypts. Rows with the same createdAt across a chunk's edge are neither missed nor
 * read twice. Stopping early (return) leaves storage untouched.
 */
export async function* entriesNewestFirst(
  key: CryptoKey,
  { first = FIRST_CHUNK, size = CHUNK }: { first?: number; size?: number } = {},
): AsyncGenerator<EntryChunk, void, undefined> {
  const read = new Set<string>();
  let boundary: Boundary | null = null;
  let count = first;
  let reading = readEntryRows(null, count);
  for (;;) {
    const asked = count + (boundary?.readAt.size ?? 0);
    const rows: SealedRow[] = await reading;
    const seen = boundary?.readAt;
    const fresh = seen ? rows.filter((row) => !seen.has(row.id)) : rows;
    const more = rows.length >= asked && fresh.length > 0;
    boundary = nextBoundary(boundary, fresh);
    for (const row of fresh) read.add(row.id);
    count = size;
    if (more) {
      reading = readEntryRows(boundary, count);
      reading.catch(() => undefined); // awaited next time round; a lock may not come back for it
    }
    const opened = await openRows(key, 'entries', fresh, ENTRY_DECODER);
    const chunk: EntryChunk = {
      entries: opened.values,
      unreadable: opened.unreadable,
      ivs: new Map(),
      last: !more,
    };
    ivsOf(opened.values, opened.from, chunk.ivs);
    if (!more) {
      // Rows the createdAt index does not hold (none are written so, but a journal must
      // never hide one): read them by id.
      const missing = (await database().entries.toCollection().primaryKeys()).filter(
        (id) => !read.has(id),
      );
      if (missing.length > 0) {
        const rest = (await database().entries.bulkGet(missing)).filter(
          (row): row is SealedRow => row !== undefined,
        );
        const late = await openRows(key, 'entries', rest, ENTRY_DECODER);
        chunk.entries.push(...late.values);
        chunk.unreadable += late.unreadable;
        ivsOf(late.values, late.from, chunk.ivs);
      }
      yield chunk;
      return;
    }
    yield chunk;
  }
}

/** Entries gathered from several chunks (see gather). */
export type GatheredEntries = Omit<EntryChunk, 'last'>;

export function noEntries(): GatheredEntries {
  return { entries: [], unreadable: 0, ivs: new Map() };
}

/** Adds one chunk's entries, unreadable count and row IVs to `into`. */
export function gather(into: GatheredEntries, chunk: GatheredEntries): void {
  into.entries.push(...chunk.entries);
  into.unreadable += chunk.unreadable;
  for (const [id, iv] of chunk.ivs) into.ivs.set(id, iv);
}

/** Reads and decrypts the whole journal (outside the read transactions). */
export async function loadJournal(key: CryptoKey): Promise<LoadedJournal> {
  const [start, chunks] = await Promise.all([
    loadJournalStart(key),
    (async () => {
      const all = noEntries();
      for await (const chunk of entriesNewestFirst(key, { first: CHUNK })) gather(all, chunk);
      return all;
    })(),
  ]);
  return {
    ...start,
    entries: chunks.entries,
    unreadable: start.unreadable + chunks.unreadable,
    entryIvs: chunks.ivs,
  };
}

/** One entry straight from storage, or undefined when it is not there or cannot be read. */
export async function readEntry(key: CryptoKey, id: string): Promise<Entry | undefined> {
  const row = await database().entries.get(id);
  if (!row) return undefined;
  return (await openRows(key, 'entries', [row], ENTRY_DECODER)).values[0];
}

/** What storage holds for an entry id now: the entry and its row's IV, nothing, or a row that cannot be read. */
export type StoredEntry =
  { found: 'entry'; entry: Entry; iv: Uint8Array } | { found: 'none' } | { found: 'unreadable' };

/** Reads one entry straight from storage, saying whether it is there and readable. */
export async function readStoredEntry(key: CryptoKey, id: string): Promise<StoredEntry> {
  const row = await database().entries.get(id);
  if (!row) return { found: 'none' };
  const entry = (await openRows(key, 'entries', [row], ENTRY_DECODER)).values[0];
  return entry ? { found: 'entry', entry, iv: row.iv } : { found: 'unreadable' };
}
