/**
 * Reading every sealed record for a backup, and writing an import: all tables from
 * the registry, sealed outside the transaction, written in one transaction.
 */
import { openRows, sealRow } from '../db/repo';
import { RECORD_DECODERS, SEALED_TABLES } from '../db/records';
import { database, type SealedRow, type SealedTable, TABLES } from '../db/schema';
import type { Settings } from '../db/types';
import type { BackupRecord, BackupTables } from './payload';

export interface ReadRecords {
  tables: Record<SealedTable, BackupRecord[]>;
  /** Rows that could not be decrypted or read (left out of the backup). */
  unreadable: number;
}

/**
 * Records already decrypted (the open journal in the store), each with the IV of the row
 * it was read from. Every write draws a fresh IV, so a stored row with the same id and IV
 * is that very write, and its record need not be decrypted again.
 */
export type KnownRecords = Partial<
  Record<SealedTable, ReadonlyMap<string, { iv: Uint8Array; value: unknown }>>
>;

function tableOf(name: SealedTable) {
  return database().table<SealedRow, string>(TABLES[name]);
}

/** Every raw row of every sealed table, read in one transaction. */
export async function readRawRows(): Promise<Record<SealedTable, SealedRow[]>> {
  const db = database();
  const tables = SEALED_TABLES.map(tableOf);
  const rows = await db.transaction('r', tables, () =>
    Promise.all(tables.map((table) => table.toArray())),
  );
  return Object.fromEntries(SEALED_TABLES.map((name, i) => [name, rows[i] ?? []])) as Record<
    SealedTable,
    SealedRow[]
  >;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Decrypts and decodes every record (outside the read transaction). With `known`, a row
 * whose id and IV match a known record is taken from it instead of being decrypted again;
 * anything written since (a new IV) is read afresh.
 */
export async function readAllRecords(key: CryptoKey, known?: KnownRecords): Promise<ReadRecords> {
  const raw = await readRawRows();
  let unreadable = 0;
  const tables = {} as Record<SealedTable, BackupRecord[]>;
  await Promise.all(
    SEALED_TABLES.map(async (name) => {
      const same = known?.[name];
      const records: BackupRecord[] = [];
      const toOpen: SealedRow[] = [];
      for (const row of raw[name]) {
        const record = same?.get(row.id);
        if (record && sameBytes(record.iv, row.iv)) {
          records.push({ id: row.id, createdAt: row.createdAt, value: record.value });
        } else toOpen.push(row);
      }
      const opened = await openRows(key, name, toOpen, RECORD_DECODERS[name]);
      opened.values.forEach((value, i) => {
        const row = opened.from[i] as SealedRow;
        records.push({ id: row.id, createdAt: row.createdAt, value });
      });
      unreadable += opened.unreadable;
      tables[name] = records;
    }),
  );
  return { tables, unreadable };
}

export type ImportMode = 'merge' | 'replace';

export interface ImportPlan {
  mode: ImportMode;
  /** Records to write, per table. */
  puts: Partial<Record<SealedTable, BackupRecord[]>>;
  /** How many records of each table arrive new or newer. */
  added: number;
  updated: number;
}

/**
 * When a record was last changed. Tags, settings and self-checks stored before Keel kept
 * `updatedAt` (and the starting tags and settings, never changed) have none: they count
 * as 0, older than any change, so between two such records the one here stays.
 */
export function editedAt(value: unknown): number {
  const time = (value as { updatedAt?: unknown } | null)?.updatedAt;
  return typeof time === 'number' ? time : 0;
}

function later(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/**
 * Two versions of the settings: the newer change wins as a whole (the one here when
 * neither is newer), but when a backup was last made is the later of the two, as it says
 * something about the journal, not a choice. Null when what is here stays as it is.
 */
export function mergeSettings(ours: Settings, theirs: Settings): Settings | null {
  const newer = editedAt(theirs) > editedAt(ours) ? theirs : ours;
  const lastBackupAt = later(ours.lastBackupAt, theirs.lastBackupAt);
  if (newer === ours && lastBackupAt === ours.lastBackupAt) return null;
  return { ...newer, lastBackupAt };
}

/** The record a merge writes for an id both hold, or null to keep the one here. */
function merged(name: SealedTable, ours: BackupRecord, theirs: BackupRecord): BackupRecord | null {
  if (name === 'settings') {
    const value = mergeSettings(ours.value as Settings, theirs.value as Settings);
    return value === null ? null : { ...ours, value };
  }
  return editedAt(theirs.value) > editedAt(ours.value) ? theirs : null;
}

/**
 * Which records an import writes. Merge: a record new to this journal is added; one
 * already here is replaced only by a newer change (updatedAt; see editedAt and
 * mergeSettings); otherwise what is here stays. Replace: everything in the backup, and
 * nothing else.
 */
export function planImport(
  existing: Partial<Record<SealedTable, BackupRecord[]>>,
  incoming: BackupTables,
  mode: ImportMode,
): ImportPlan {
  const plan: ImportPlan = { mode, puts: {}, added: 0, updated: 0 };
  for (const name of SEALED_TABLES) {
    const records = incoming[name] ?? [];
    if (mode === 'replace') {
      plan.puts[name] = records;
      plan.added += records.length;
      continue;
    }
    const here = new Map((existing[name] ?? []).map((r) => [r.id, r]));
    const puts: BackupRecord[] = [];
    for (const record of records) {
      const current = here.get(record.id);
      if (!current) {
        puts.push(record);
        plan.added += 1;
        continue;
      }
      const put = merged(name, current, record);
      if (put !== null) {
        puts.push(put);
        plan.updated += 1;
      }
    }
    if (puts.length > 0) plan.puts[name] = puts;
  }
  return plan;
}

/** Seals every record of a plan with the key (outside any transaction), by table. */
export function sealPlan(
  key: CryptoKey,
  plan: ImportPlan,
): Promise<(readonly [SealedTable, SealedRow[]])[]> {
  return Promise.all(
    SEALED_TABLES.map(async (name) => {
      const records = plan.puts[name] ?? [];
      const rows = await Promise.all(
        records.map((r) => sealRow(key, name, r.id, r.createdAt, r.value)),
      );
      return [name, rows] as const;
    }),
  );
}

/** Seals every record first, then writes all of them in one transaction: all or nothing. */
export async function writeImport(key: CryptoKey, plan: ImportPlan): Promise<void> {
  const sealed = await sealPlan(key, plan);
  const db = database();
  const tables = SEALED_TABLES.map(tableOf);
  await db.transaction('rw', tables, async () => {
    for (const [name, rows] of sealed) {
      const table = tableOf(name);
      if (plan.mode === 'replace') await table.clear();
      if (rows.length > 0) await table.bulkPut(rows);
    }
  });
}
