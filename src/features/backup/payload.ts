/**
 * What is inside a backup once opened: every record of every sealed table, decrypted,
 * as { id, createdAt, value }. Tables come from the registry (storage/records.ts), so a new
 * record type joins backups by being registered there. Validated fully before any write.
 */
import * as v from 'valibot';
import { RECORD_DECODERS, SEALED_TABLES } from '../../storage/records';
import type { SealedTable } from '../../storage/schema';
import { BackupError } from './errors';

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
/** A change dated later than now plus this (a wrong clock, or a file made to win) counts as now. */
export const FUTURE_MARGIN_MS = 10 * 60_000;

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

export const RecordSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
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

/** Format 1 payloads only: format 2 sends its records in chunks (chunks.ts). */
export function buildPayload(tables: BackupTables, now: number): Payload {
  return { app: 'keel', format: 1, createdAt: now, tables };
}

function isSealedTable(name: string): name is SealedTable {
  return (SEALED_TABLES as string[]).includes(name);
}

/** The times a merge compares, held to `limit` so a file dated in the future cannot win. */
const MERGE_TIMES = ['updatedAt', 'deletedAt'] as const;

function clampTimes(value: unknown, limit: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const field of MERGE_TIMES) {
    const at = record[field];
    if (typeof at === 'number' && at > limit) {
      out ??= { ...record };
      out[field] = limit;
    }
  }
  return out ?? value;
}

/**
 * Checks records as they arrive (a table at a time, or a chunk at a time) with each
 * table's own decoder. Throws a BackupError; `finish` gives the decoded records only once
 * everything was checked, so nothing half-checked is ever written.
 */
export class RecordChecker {
  private readonly tables: BackupTables = {};
  private readonly seen = new Map<SealedTable, Set<string>>();
  private readonly limit: number;

  constructor(now: number) {
    this.limit = now + FUTURE_MARGIN_MS;
  }

  add(name: string, records: readonly v.InferOutput<typeof RecordSchema>[]): void {
    // A table this version does not know was added by a newer Keel.
    if (!isSealedTable(name)) throw new BackupError('newer');
    const decode = RECORD_DECODERS[name];
    let seen = this.seen.get(name);
    if (!seen) this.seen.set(name, (seen = new Set()));
    const into = (this.tables[name] ??= []);
    if (into.length + records.length > MAX_RECORDS_PER_TABLE) throw new BackupError('invalid');
    for (const record of records) {
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
      into.push({
        id: record.id,
        createdAt: record.createdAt,
        value: clampTimes(value, this.limit),
      });
    }
  }

  /** How many records of each table were checked. */
  counts(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.tables).map(([n, list]) => [n, list.length]));
  }

  finish(): BackupTables {
    return this.tables;
  }
}

/**
 * Checks every field of every record of a format 1 payload and returns the decoded
 * records. Throws a BackupError; never returns something half-checked.
 */
export function validatePayload(json: unknown, now = Date.now()): BackupTables {
  const parsed = v.safeParse(PayloadSchema, json);
  if (!parsed.success) throw new BackupError('invalid');
  if (parsed.output.format > 1) throw new BackupError('newer');
  const checker = new RecordChecker(now);
  for (const [name, records] of Object.entries(parsed.output.tables)) checker.add(name, records);
  return checker.finish();
}
