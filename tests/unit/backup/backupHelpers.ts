/** Shared set-up for backup tests: seeding a journal, raw snapshots, quick KDF settings. */
import { plainCreatedAt } from '../../../src/storage/plainTime';
import { RECORD_DECODERS, SEALED_TABLES } from '../../../src/storage/records';
import { sealRow, SETTINGS_ID } from '../../../src/storage/sealedRows';
import { database, type SealedTable, TABLES } from '../../../src/storage/schema';
import type { Draft, Entry, Settings, Tag } from '../../../src/storage/types';
import type { Resource, SafetyPlan, SelfCheck } from '../../../src/storage/reflectSafetyTypes';
import type { Deletion } from '../../../src/storage/deletions';
import type { KdfBase } from '../../../src/crypto/backupSeal';
import type { EntryVersion } from '../../../src/storage/versions';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { DEFAULT_ARGON2, MIN_ARGON2 } from '../../../src/crypto/kdf';
import type { Attachment } from '../../../src/storage/attachmentCodec';

/** The lowest parameters Keel accepts: keeps Argon2id quick in unit tests. */
export const QUICK_KDF: KdfBase = { ...DEFAULT_ARGON2, ...MIN_ARGON2 };

export interface Journal {
  entries: Entry[];
  drafts: Draft[];
  tags: Tag[];
  settings?: Settings;
  selfChecks?: SelfCheck[];
  safetyPlan?: SafetyPlan;
  resources?: Resource[];
  deletions?: Deletion[];
  attachments?: Attachment[];
  versions?: EntryVersion[];
}

export function newKey(): Promise<CryptoKey> {
  return importDataKey(newRawDataKey());
}

interface Row {
  id: string;
  createdAt: number;
  value: unknown;
}

const rowOf = (value: { id: string; createdAt: number }): Row => ({
  id: value.id,
  createdAt: value.createdAt,
  value,
});

/**
 * A journal's records by table, as rows are stored (settings under their one id, at 0).
 * Typed over every sealed table, so a table added to the registry is a compile error here
 * until tests can fill it.
 */
export function recordsOf(journal: Journal): Record<SealedTable, Row[]> {
  const rows: Record<SealedTable, Row[]> = {
    entries: journal.entries.map(rowOf),
    drafts: journal.drafts.map(rowOf),
    tags: journal.tags.map(rowOf),
    settings: journal.settings ? [{ id: SETTINGS_ID, createdAt: 0, value: journal.settings }] : [],
    selfChecks: (journal.selfChecks ?? []).map(rowOf),
    safetyPlan: journal.safetyPlan ? [rowOf(journal.safetyPlan)] : [],
    resources: (journal.resources ?? []).map(rowOf),
    deletions: (journal.deletions ?? []).map((d) => ({ id: d.id, createdAt: 0, value: d })),
    attachments: (journal.attachments ?? []).map(rowOf),
    versions: (journal.versions ?? []).map((x) => ({ id: x.id, createdAt: 0, value: x })),
  };
  // Stored rows keep a plain created-at only where an index orders by it (storage/plainTime.ts).
  for (const name of SEALED_TABLES) {
    rows[name] = rows[name].map((row) => ({
      ...row,
      createdAt: plainCreatedAt(name, row.createdAt),
    }));
  }
  return rows;
}

/** Writes a journal's records sealed with the key, as the app would store them. */
export async function seed(key: CryptoKey, journal: Journal): Promise<void> {
  const db = database();
  const tables = recordsOf(journal);
  for (const name of SEALED_TABLES) {
    const rows = await Promise.all(
      tables[name].map((row) => sealRow(key, name, row.id, row.createdAt, row.value)),
    );
    await db.table(TABLES[name]).bulkPut(rows);
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
export function tableNames(): readonly SealedTable[] {
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
