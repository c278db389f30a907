/**
 * All reading and writing of the journal. Encryption and decryption happen here but
 * outside Dexie transactions: seal first, then write in one short transaction.
 */
import { openJson, openManyBytes, parseJsonBytes, sealJson } from '../vault/crypto';
import { KEYRING_ID, type Keyring } from '../vault/keyring';
import { decodeDraft, decodeEntry, decodeSettings, decodeTag } from './codec';
import { deletionId, newDeletion } from './deletions';
import { TooLongError } from './limits';
import { plainCreatedAt } from './plainTime';
import { RECORD_DECODERS } from './records';
import { database, type SealedRow, type SealedTable, TABLES } from './schema';
import { entryIdOf, versionPrefix } from '../history/versions';
import type { Draft, Entry, Settings, Tag } from './types';

export const SETTINGS_ID = 'settings';

export function aadFor(table: SealedTable, id: string): string {
  return `keel/v1/${TABLES[table]}/${id}`;
}

/** The limit a refused record went over, from the decoder's reason (null when another rule). */
function limitBroken(error: unknown): number | null {
  const issues = (error as { issues?: { type?: unknown; requirement?: unknown }[] } | null)?.issues;
  const over = issues?.find((issue) => issue.type === 'max_length');
  return typeof over?.requirement === 'number' ? over.requirement : null;
}

/**
 * Never stores what could not be read back: the value must pass the same decoder that
 * reads it (as JSON, the form it is sealed in), or a TooLongError says why and nothing
 * is written.
 */
function checkReadable(table: SealedTable, value: unknown): void {
  try {
    RECORD_DECODERS[table](JSON.parse(JSON.stringify(value)));
  } catch (error) {
    throw new TooLongError(limitBroken(error));
  }
}

export async function sealRow(
  key: CryptoKey,
  table: SealedTable,
  id: string,
  createdAt: number,
  value: unknown,
): Promise<SealedRow> {
  checkReadable(table, value);
  const { iv, ct } = await sealJson(key, value, aadFor(table, id));
  return { id, createdAt: plainCreatedAt(table, createdAt), iv, ct };
}

export async function openRow(
  key: CryptoKey,
  table: SealedTable,
  row: SealedRow,
): Promise<unknown> {
  return openJson(key, row, aadFor(table, row.id));
}

export async function readKeyring(): Promise<Keyring | undefined> {
  return (await database().meta.get(KEYRING_ID)) as Keyring | undefined;
}

export async function writeKeyring(keyring: Keyring): Promise<void> {
  await database().meta.put(keyring as unknown as { id: string });
}

/** Stores the keyring unless one exists (another tab may have made it first); returns the stored one. */
export async function createKeyringIfMissing(
  keyring: Keyring,
): Promise<{ keyring: Keyring; created: boolean }> {
  const db = database();
  return db.transaction('rw', db.meta, async () => {
    const existing = (await db.meta.get(KEYRING_ID)) as Keyring | undefined;
    if (existing) return { keyring: existing, created: false };
    await db.meta.add(keyring as unknown as { id: string });
    return { keyring, created: true };
  });
}

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
  /** The IV of the row each entry was read from, by id (see backup/records.ts KnownRecords). */
  entryIvs?: ReadonlyMap<string, Uint8Array>;
}

/**
 * Decrypts, parses and decodes rows (outside any transaction). Every decrypt is started at
 * once, since WebCrypto runs them off the main thread; parsing and decoding then run in one
 * plain loop. A row that fails any step is counted as unreadable, never thrown.
 */
export async function openRows<T>(
  key: CryptoKey,
  table: SealedTable,
  rows: readonly SealedRow[],
  decode: (value: unknown) => T,
): Promise<{ values: T[]; unreadable: number; from: SealedRow[] }> {
  const plains = await openManyBytes(key, rows, (i) => aadFor(table, (rows[i] as SealedRow).id));
  const values: T[] = [];
  /** The row each value came from. */
  const from: SealedRow[] = [];
  let unreadable = 0;
  plains.forEach((plain, i) => {
    if (plain === null) {
      unreadable += 1;
      return;
    }
    try {
      values.push(decode(parseJsonBytes(plain)));
      from.push(rows[i] as SealedRow);
    } catch {
      unreadable += 1;
    }
  });
  return { values, unreadable, from };
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
    openRows(key, 'drafts', draftRows, decodeDraft),
    openRows(key, 'tags', tagRows, decodeTag),
  ]);
  // One damaged settings row costs the settings, never the journal: the defaults stand in.
  const stored = settingsRow
    ? await openRows(key, 'settings', [settingsRow], decodeSettings)
    : { values: [], unreadable: 0 };
  return {
    drafts: drafts.values,
    tags: tags.values,
    settings: stored.values[0] ?? decodeSettings({}),
    settingsDamaged: stored.unreadable > 0,
    unreadable: drafts.unreadable + tags.unreadable + stored.unreadable,
  };
}

/** The newest entries come in a small first chunk (the first screen), the rest in larger ones. */
export const FIRST_CHUNK = 50;
export const CHUNK = 2000;

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
    const opened = await openRows(key, 'entries', fresh, decodeEntry);
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
        const late = await openRows(key, 'entries', rest, decodeEntry);
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
  return (await openRows(key, 'entries', [row], decodeEntry)).values[0];
}

/** What storage holds for an entry id now: the entry and its row's IV, nothing, or a row that cannot be read. */
export type StoredEntry =
  { found: 'entry'; entry: Entry; iv: Uint8Array } | { found: 'none' } | { found: 'unreadable' };

/** Reads one entry straight from storage, saying whether it is there and readable. */
export async function readStoredEntry(key: CryptoKey, id: string): Promise<StoredEntry> {
  const row = await database().entries.get(id);
  if (!row) return { found: 'none' };
  const entry = (await openRows(key, 'entries', [row], decodeEntry)).values[0];
  return entry ? { found: 'entry', entry, iv: row.iv } : { found: 'unreadable' };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Saves an entry over its stored row only if that row is still the one read (its IV, new on
 * every write, is the same), and removes the draft, in one transaction. False, writing
 * nothing, when another tab or an import wrote the entry in between.
 */
export async function saveEntryIfUnchanged(
  key: CryptoKey,
  entry: Entry,
  draftId: string,
  readIv: Uint8Array,
  earlier?: SealedRow,
): Promise<boolean> {
  const row = await sealRow(key, 'entries', entry.id, entry.createdAt, entry);
  const db = database();
  return db.transaction('rw', [db.entries, db.drafts, db.versions], async () => {
    const now = await db.entries.get(entry.id);
    if (!now || !sameBytes(now.iv, readIv)) return false;
    await db.entries.put(row);
    await db.drafts.delete(draftId);
    // The entry as it was, kept as an earlier version (history/versions.ts).
    if (earlier) await db.versions.put(earlier);
    return true;
  });
}

/** One draft straight from storage, or undefined when it is not there or cannot be read. */
export async function readDraft(key: CryptoKey, id: string): Promise<Draft | undefined> {
  const row = await database().drafts.get(id);
  if (!row) return undefined;
  return (await openRows(key, 'drafts', [row], decodeDraft)).values[0];
}

/** Saves an entry and removes the draft it came from, in one transaction. */
export async function saveEntry(key: CryptoKey, entry: Entry, draftId?: string): Promise<void> {
  const row = await sealRow(key, 'entries', entry.id, entry.createdAt, entry);
  const db = database();
  await db.transaction('rw', [db.entries, db.drafts], async () => {
    await db.entries.put(row);
    if (draftId !== undefined) await db.drafts.delete(draftId);
  });
}

export async function putEntries(key: CryptoKey, entries: Entry[]): Promise<void> {
  const rows = await Promise.all(
    entries.map((entry) => sealRow(key, 'entries', entry.id, entry.createdAt, entry)),
  );
  await database().entries.bulkPut(rows);
}

export async function deleteEntry(id: string): Promise<void> {
  const db = database();
  await db.transaction('rw', [db.entries, db.drafts], async () => {
    await db.entries.delete(id);
    await db.drafts.delete(id);
  });
}

/**
 * Deletes an entry (and its draft) and keeps a sealed deletion marker, in one transaction,
 * so merging an older backup does not bring the entry back.
 */
export async function deleteEntryMarked(
  key: CryptoKey,
  id: string,
  deletedAt = Date.now(),
): Promise<SealedRow[]> {
  const marker = newDeletion('entries', id, deletedAt);
  const row = await sealRow(key, 'deletions', marker.id, 0, marker);
  const db = database();
  return db.transaction('rw', [db.entries, db.drafts, db.deletions, db.versions], async () => {
    await db.entries.delete(id);
    await db.drafts.delete(id);
    await db.deletions.put(row);
    // Its earlier versions go with it; the still-sealed rows come back for Undo.
    const versions = (await db.versions.where('id').startsWith(versionPrefix(id)).toArray()).filter(
      (version) => entryIdOf(version.id) === id,
    );
    await db.versions.bulkDelete(versions.map((version) => version.id));
    return versions;
  });
}

/**
 * Puts a deleted entry back (Undo) with its earlier versions' sealed rows, and removes its
 * deletion marker, in one transaction.
 */
export async function restoreEntry(
  key: CryptoKey,
  entry: Entry,
  versions: readonly SealedRow[] = [],
): Promise<void> {
  const row = await sealRow(key, 'entries', entry.id, entry.createdAt, entry);
  const db = database();
  await db.transaction('rw', [db.entries, db.deletions, db.versions], async () => {
    await db.entries.put(row);
    await db.deletions.delete(deletionId('entries', entry.id));
    if (versions.length > 0) await db.versions.bulkPut([...versions]);
  });
}

export function sealDraft(key: CryptoKey, draft: Draft): Promise<SealedRow> {
  return sealRow(key, 'drafts', draft.id, draft.createdAt, draft);
}

/**
 * Writes an already sealed draft. The IndexedDB request is made synchronously (not
 * through Dexie's promise queue), so it is sent even when called as the page closes.
 */
export function putSealedDraft(row: SealedRow): Promise<void> {
  const db = database();
  let tx: IDBTransaction;
  try {
    // isOpen() is already true while Dexie runs the upgrade of a new or older database,
    // and IndexedDB refuses another transaction until that ends: Dexie's queue waits for it.
    if (!db.isOpen()) throw new Error('Not open yet');
    tx = db.backendDB().transaction(TABLES.drafts, 'readwrite');
  } catch {
    return db.drafts.put(row).then(() => undefined);
  }
  return new Promise((resolve, reject) => {
    tx.objectStore(TABLES.drafts).put(row);
    // Ask for the commit now rather than when the (closing) page next idles.
    tx.commit();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('The draft could not be written'));
    tx.onabort = () => reject(tx.error ?? new Error('The draft write was stopped'));
  });
}

export async function saveDraft(key: CryptoKey, draft: Draft): Promise<void> {
  await putSealedDraft(await sealDraft(key, draft));
}

export async function deleteDraft(id: string): Promise<void> {
  await database().drafts.delete(id);
}

export async function saveTags(key: CryptoKey, tags: Tag[]): Promise<void> {
  const rows = await Promise.all(
    tags.map((tag) => sealRow(key, 'tags', tag.id, tag.createdAt, tag)),
  );
  await database().tags.bulkPut(rows);
}

/** Where a damaged settings row is set aside (its bytes unchanged), so a save never overwrites it. */
export const DAMAGED_SETTINGS_PREFIX = 'settings-damaged-';

/**
 * Writes the settings. A stored settings row that cannot be read is not overwritten: in the
 * same transaction it moves, byte for byte, to an id of its own (see docs/decisions).
 */
export async function saveSettings(key: CryptoKey, settings: Settings): Promise<void> {
  const row = await sealRow(key, 'settings', SETTINGS_ID, 0, settings);
  const db = database();
  const current = await db.settings.get(SETTINGS_ID);
  const damaged =
    current !== undefined &&
    (await openRows(key, 'settings', [current], decodeSettings)).unreadable > 0;
  await db.transaction('rw', db.settings, async () => {
    const still = await db.settings.get(SETTINGS_ID);
    if (damaged && still && sameBytes(still.iv, current.iv) && sameBytes(still.ct, current.ct)) {
      const aside = await db.settings.where('id').startsWith(DAMAGED_SETTINGS_PREFIX).count();
      await db.settings.add({ ...still, id: `${DAMAGED_SETTINGS_PREFIX}${aside + 1}` });
    }
    await db.settings.put(row);
  });
}

/** True when a failed write was the device running out of space (Dexie wraps the DOMException). */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return name === 'QuotaExceededError' || isQuotaError(inner, depth + 1);
}
