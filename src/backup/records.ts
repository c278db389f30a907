/**
 * Reading every sealed record for a backup, and writing an import: all tables from
 * the registry, sealed outside the transaction, written in one transaction.
 */
import { openRow, sealRow } from '../db/repo';
import { RECORD_DECODERS, SEALED_TABLES } from '../db/records';
import { database, type SealedRow, type SealedTable, TABLES } from '../db/schema';
import type { BackupRecord, BackupTables } from './payload';

export interface ReadRecords {
  tables: Record<SealedTable, BackupRecord[]>;
  /** Rows that could not be decrypted or read (left out of the backup). */
  unreadable: number;
}

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

/** Decrypts and decodes every record (outside the read transaction). */
export async function readAllRecords(key: CryptoKey): Promise<ReadRecords> {
  const raw = await readRawRows();
  let unreadable = 0;
  const entries = await Promise.all(
    SEALED_TABLES.map(async (name) => {
      const settled = await Promise.allSettled(
        raw[name].map(async (row) => ({
          id: row.id,
          createdAt: row.createdAt,
          value: RECORD_DECODERS[name](await openRow(key, name, row)),
        })),
      );
      const records: BackupRecord[] = [];
      for (const result of settled) {
        if (result.status === 'fulfilled') records.push(result.value);
        else unreadable += 1;
      }
      return [name, records] as const;
    }),
  );
  return {
    tables: Object.fromEntries(entries) as Record<SealedTable, BackupRecord[]>,
    unreadable,
  };
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

function updatedAt(value: unknown): number | null {
  const time = (value as { updatedAt?: unknown } | null)?.updatedAt;
  return typeof time === 'number' ? time : null;
}

/**
 * Which records an import writes. Merge: a record new to this journal is added; one
 * already here is replaced only by a newer edit (updatedAt); otherwise what is here
 * stays. Replace: everything in the backup, and nothing else.
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
      const theirs = updatedAt(record.value);
      const ours = updatedAt(current.value);
      if (theirs !== null && ours !== null && theirs > ours) {
        puts.push(record);
        plan.updated += 1;
      }
    }
    if (puts.length > 0) plan.puts[name] = puts;
  }
  return plan;
}

/** Seals every record first, then writes all of them in one transaction: all or nothing. */
export async function writeImport(key: CryptoKey, plan: ImportPlan): Promise<void> {
  const sealed = await Promise.all(
    SEALED_TABLES.map(async (name) => {
      const records = plan.puts[name] ?? [];
      const rows = await Promise.all(
        records.map((r) => sealRow(key, name, r.id, r.createdAt, r.value)),
      );
      return [name, rows] as const;
    }),
  );
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
