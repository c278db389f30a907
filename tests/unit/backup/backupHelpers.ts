/** Shared set-up for backup tests: seeding a journal, raw snapshots, quick KDF settings. */
import { RECORD_DECODERS, SEALED_TABLES } from '../../../src/db/records';
import { sealRow, SETTINGS_ID } from '../../../src/db/repo';
import { database, type SealedTable, TABLES } from '../../../src/db/schema';
import type { Draft, Entry, Settings, Tag } from '../../../src/db/types';
import type { KdfBase } from '../../../src/backup/crypt';
import { importDataKey, newRawDataKey } from '../../../src/vault/crypto';
import { DEFAULT_ARGON2, MIN_ARGON2 } from '../../../src/vault/kdf';

/** The lowest parameters Keel accepts: keeps Argon2id quick in unit tests. */
export const QUICK_KDF: KdfBase = { ...DEFAULT_ARGON2, ...MIN_ARGON2 };

export interface Journal {
  entries: Entry[];
  drafts: Draft[];
  tags: Tag[];
  settings?: Settings;
}

export function newKey(): Promise<CryptoKey> {
  return importDataKey(newRawDataKey());
}

/** Writes a journal's records sealed with the key, as the app would store them. */
export async function seed(key: CryptoKey, journal: Journal): Promise<void> {
  const db = database();
  const rows = async (table: SealedTable, items: { id: string; createdAt: number }[]) =>
    Promise.all(items.map((item) => sealRow(key, table, item.id, item.createdAt, item)));
  await db.table(TABLES.entries).bulkPut(await rows('entries', journal.entries));
  await db.table(TABLES.drafts).bulkPut(await rows('drafts', journal.drafts));
  await db.table(TABLES.tags).bulkPut(await rows('tags', journal.tags));
  if (journal.settings) {
    await db
      .table(TABLES.settings)
      .put(await sealRow(key, 'settings', SETTINGS_ID, 0, journal.settings));
  }
}

/** Every raw row of every table (ciphertext and all), to prove nothing changed. */
export async function rawSnapshot(): Promise<Record<string, unknown[]>> {
  const db = database();
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** A valid value for each registered table, so tests cover tables added later too. */
export function tableNames(): SealedTable[] {
  return SEALED_TABLES;
}

export const decoders = RECORD_DECODERS;

const now = Date.UTC(2026, 10, 1, 9, 30);

export function entry(id: string, text: string, extra: Partial<Entry> = {}): Entry {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    happenedAt: now,
    text,
    mood: 3,
    feelings: [],
    events: [],
    ...extra,
  };
}

export function tag(id: string, kind: Tag['kind'], name: string): Tag {
  return { id, kind, name, hidden: false, order: 0, createdAt: now };
}
