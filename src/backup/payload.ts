/**
 * What is inside a backup once opened: every record of every sealed table, decrypted,
 * as { id, createdAt, value }. Tables come from the registry (db/records.ts), so a new
 * record type joins backups by being registered there. Validated fully before any write.
 */
import * as v from 'valibot';
import { RECORD_DECODERS, SEALED_TABLES } from '../db/records';
import type { SealedTable } from '../db/schema';
import { BackupError } from './errors';
import { FORMAT_VERSION } from './format';

/** One record: the plain index fields of its row, and its decrypted value. */
export interface BackupRecord {
  id: string;
  createdAt: number;
  value: unknown;
}

export type BackupTables = Partial<Record<SealedTable, BackupRecord[]>>;

export interface Payload {
  app: 'keel';
  format: number;
  createdAt: number;
  tables: BackupTables;
}

export const MAX_RECORDS_PER_TABLE = 2_000_000;

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

const RecordSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  createdAt: time,
  value: v.unknown(),
});

const PayloadSchema = v.object({
  app: v.literal('keel'),
  format: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: time,
  tables: v.record(
    v.pipe(v.string(), v.maxLength(100)),
    v.pipe(v.array(RecordSchema), v.maxLength(MAX_RECORDS_PER_TABLE)),
  ),
});

export function buildPayload(tables: BackupTables, now: number): Payload {
  return { app: 'keel', format: FORMAT_VERSION, createdAt: now, tables };
}

function isSealedTable(name: string): name is SealedTable {
  return (SEALED_TABLES as string[]).includes(name);
}

/** Older payload formats are brought up to today's shape here (none yet: format 1 is the first). */
function migrate(payload: v.InferOutput<typeof PayloadSchema>) {
  return payload;
}

/**
 * Checks every field of every record with the table's own decoder and returns the
 * decoded records. Throws a BackupError; never returns something half-checked.
 */
export function validatePayload(json: unknown): BackupTables {
  const parsed = v.safeParse(PayloadSchema, json);
  if (!parsed.success) throw new BackupError('invalid');
  if (parsed.output.format > FORMAT_VERSION) throw new BackupError('newer');
  const payload = migrate(parsed.output);
  const tables: BackupTables = {};
  for (const [name, records] of Object.entries(payload.tables)) {
    // A table this version does not know was added by a newer Keel.
    if (!isSealedTable(name)) throw new BackupError('newer');
    const decode = RECORD_DECODERS[name];
    const seen = new Set<string>();
    tables[name] = records.map((record) => {
      if (seen.has(record.id)) throw new BackupError('invalid');
      seen.add(record.id);
      let value: unknown;
      try {
        value = decode(record.value);
      } catch {
        throw new BackupError('invalid');
      }
      const ownId = (value as { id?: unknown }).id;
      if (ownId !== undefined && ownId !== record.id) throw new BackupError('invalid');
      return { id: record.id, createdAt: record.createdAt, value };
    });
  }
  return tables;
}
