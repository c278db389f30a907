/**
 * All reading and writing of the journal. Encryption and decryption happen here but
 * outside Dexie transactions: seal first, then write in one short transaction.
 */
import { openJson, sealJson } from '../vault/crypto';
import { KEYRING_ID, type Keyring } from '../vault/keyring';
import { decodeDraft, decodeEntry, decodeSettings, decodeTag } from './codec';
import { database, type SealedRow, type SealedTable, TABLES } from './schema';
import type { Draft, Entry, Settings, Tag } from './types';

export const SETTINGS_ID = 'settings';

export function aadFor(table: SealedTable, id: string): string {
  return `keel/v1/${TABLES[table]}/${id}`;
}

export async function sealRow(
  key: CryptoKey,
  table: SealedTable,
  id: string,
  createdAt: number,
  value: unknown,
): Promise<SealedRow> {
  const { iv, ct } = await sealJson(key, value, aadFor(table, id));
  return { id, createdAt, iv, ct };
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
}

async function openAll<T>(
  key: CryptoKey,
  table: SealedTable,
  rows: SealedRow[],
  decode: (value: unknown) => T,
): Promise<{ values: T[]; unreadable: number }> {
  const settled = await Promise.allSettled(
    rows.map(async (row) => decode(await openRow(key, table, row))),
  );
  const values: T[] = [];
  let unreadable = 0;
  for (const result of settled) {
    if (result.status === 'fulfilled') values.push(result.value);
    else unreadable += 1;
  }
  return { values, unreadable };
}

/** Reads every sealed row in one read transaction, then decrypts them outside it. */
export async function loadJournal(key: CryptoKey): Promise<LoadedJournal> {
  const db = database();
  const [entryRows, draftRows, tagRows, settingsRow] = await db.transaction(
    'r',
    [db.entries, db.drafts, db.tags, db.settings],
    () =>
      Promise.all([
        db.entries.toArray(),
        db.drafts.toArray(),
        db.tags.toArray(),
        db.settings.get(SETTINGS_ID),
      ]),
  );
  const [entries, drafts, tags] = await Promise.all([
    openAll(key, 'entries', entryRows, decodeEntry),
    openAll(key, 'drafts', draftRows, decodeDraft),
    openAll(key, 'tags', tagRows, decodeTag),
  ]);
  const settings = settingsRow
    ? decodeSettings(await openRow(key, 'settings', settingsRow))
    : decodeSettings({});
  return {
    entries: entries.values,
    drafts: drafts.values,
    tags: tags.values,
    settings,
    unreadable: entries.unreadable + drafts.unreadable + tags.unreadable,
  };
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

export function sealDraft(key: CryptoKey, draft: Draft): Promise<SealedRow> {
  return sealRow(key, 'drafts', draft.id, draft.createdAt, draft);
}

/**
 * Writes an already sealed draft. The IndexedDB request is made synchronously (not
 * through Dexie's promise queue), so it is sent even when called as the page closes.
 */
export function putSealedDraft(row: SealedRow): Promise<void> {
  const db = database();
  if (!db.isOpen()) return db.drafts.put(row).then(() => undefined);
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(TABLES.drafts, 'readwrite');
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

export async function saveSettings(key: CryptoKey, settings: Settings): Promise<void> {
  const row = await sealRow(key, 'settings', SETTINGS_ID, 0, settings);
  await database().settings.put(row);
}

/** True when a failed write was the device running out of space (Dexie wraps the DOMException). */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return name === 'QuotaExceededError' || isQuotaError(inner, depth + 1);
}
