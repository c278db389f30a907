/**
 * Reading every sealed record for a backup, and writing an import: all tables from
 * the registry, sealed outside the transaction, written in one transaction.
 */
import { openRows, sealRow } from '../../storage/sealedRows';
import { RECORD_DECODERS, type RecordOf, SEALED_TABLES } from '../../storage/records';
import { database, type SealedRow, type SealedTable, TABLES } from '../../storage/schema';
import { decodeSettings } from '../../storage/codec';
import { type DeletableTable, type Deletion, deletionId } from '../../storage/deletions';
import { SETTINGS_ID } from '../../storage/sealedRows';
import type { Settings } from '../../storage/types';
import { type BackupRecord, type BackupTables, setTable, type TableRecords } from './payload';

/** Every table's records, each table present. */
export type AllTables = { [T in SealedTable]: TableRecords<T> };
import { planVersions } from '../../storage/versionMerge';

export interface ReadRecords {
  tables: AllTables;
  /** Rows that could not be decrypted or read (left out of the backup). */
  unreadable: number;
}

/**
 * Records already decrypted (the open journal in the store), each with the IV of the row
 * it was read from. Every write draws a fresh IV, so a stored row with the same id and IV
 * is that very write, and its record need not be decrypted again.
 */
export type KnownRecords = {
  [T in SealedTable]?: ReadonlyMap<string, { iv: Uint8Array; value: RecordOf<T> }>;
};

function tableOf(name: SealedTable) {
  return database().table<SealedRow, string>(TABLES[name]);
}

/** Every raw row of every sealed table, read in one transaction. */
export async function readRawRows(): Promise<Map<SealedTable, SealedRow[]>> {
  const db = database();
  const tables = SEALED_TABLES.map(tableOf);
  const rows = await db.transaction('r', tables, () =>
    Promise.all(tables.map((table) => table.toArray())),
  );
  return new Map(SEALED_TABLES.map((name, i) => [name, rows[i] ?? []]));
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
  async function read<T extends SealedTable>(name: T): Promise<TableRecords<T>> {
    const same = known?.[name];
    const records: TableRecords<T> = [];
    const toOpen: SealedRow[] = [];
    for (const row of raw.get(name) ?? []) {
      const record = same?.get(row.id);
      if (record && sameBytes(record.iv, row.iv)) {
        records.push({ id: row.id, createdAt: row.createdAt, value: record.value });
      } else toOpen.push(row);
    }
    const decode: (value: unknown) => RecordOf<T> = RECORD_DECODERS[name];
    const opened = await openRows(key, name, toOpen, decode);
    opened.values.forEach((value, i) => {
      const row = opened.from[i] as SealedRow;
      records.push({ id: row.id, createdAt: row.createdAt, value });
    });
    unreadable += opened.unreadable;
    return records;
  }
  const [
    entries,
    drafts,
    tags,
    settings,
    selfChecks,
    safetyPlan,
    resources,
    deletions,
    attachments,
    versions,
  ] = await Promise.all([
    read('entries'),
    read('drafts'),
    read('tags'),
    read('settings'),
    read('selfChecks'),
    read('safetyPlan'),
    read('resources'),
    read('deletions'),
    read('attachments'),
    read('versions'),
  ]);
  const tables: AllTables = {
    entries,
    drafts,
    tags,
    settings,
    selfChecks,
    safetyPlan,
    resources,
    deletions,
    attachments,
    versions,
  };
  return { tables, unreadable };
}

export type ImportMode = 'merge' | 'replace';

/** Settings that keep the person safe: an import never changes them without asking. */
export const SAFETY_FIELDS = ['exitUrl', 'tabTitle', 'idleLockMinutes', 'lockWhenHidden'] as const;
export type SafetyField = (typeof SAFETY_FIELDS)[number];

export interface SafetyChange {
  field: SafetyField;
  here: Settings[SafetyField];
  backup: Settings[SafetyField];
}

export interface ImportPlan {
  mode: ImportMode;
  /** Records to write, per table. */
  puts: BackupTables;
  /** Ids to remove here, per table: deleted elsewhere after their last change here. */
  deletes: Partial<Record<SealedTable, string[]>>;
  /** How many records of each table arrive new or newer. */
  added: number;
  updated: number;
  /** Entries the backup holds that were deleted after their last change: they stay deleted. */
  stayDeleted: number;
  /** Safety settings the backup would change; they are written only when asked to. */
  safety: SafetyChange[];
}

export interface PlanOptions {
  /** Take the backup's safety settings (the person saw the difference and said yes). */
  takeSafety?: boolean;
}

/**
 * When a record was last changed. Tags, settings and self-checks stored before Keel kept
 * `updatedAt` (and the starting tags and settings, never changed) have none: they count
 * as 0, older than any change, so between two such records the one here stays.
 */
export function editedAt(value: object): number {
  return 'updatedAt' in value && typeof value.updatedAt === 'number' ? value.updatedAt : 0;
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
function newer<V extends { updatedAt?: number }>(
  ours: BackupRecord<V>,
  theirs: BackupRecord<V>,
): BackupRecord<V> | null {
  return editedAt(theirs.value) > editedAt(ours.value) ? theirs : null;
}

/** How each table's two versions of one record merge: the newer change, but settings merge. */
type Mergers = {
  [T in SealedTable]: (
    ours: BackupRecord<RecordOf<T>>,
    theirs: BackupRecord<RecordOf<T>>,
  ) => BackupRecord<RecordOf<T>> | null;
};

const MERGERS: Mergers = {
  entries: newer,
  drafts: newer,
  tags: newer,
  settings: (ours, theirs) => {
    const value = mergeSettings(ours.value, theirs.value);
    return value === null ? null : { ...ours, value };
  },
  selfChecks: newer,
  safetyPlan: newer,
  resources: newer,
  deletions: newer,
  attachments: newer,
  // Never reached: a merge plans earlier versions by entry and time (history/merge.ts).
  versions: () => null,
};

/** The later marker for each deleted record, from both sides. */
function deletionsOf(...sides: (BackupRecord<Deletion>[] | undefined)[]): Map<string, Deletion> {
  const markers = new Map<string, Deletion>();
  for (const side of sides) {
    for (const record of side ?? []) {
      const marker = record.value;
      const had = markers.get(marker.id);
      if (!had || marker.deletedAt > had.deletedAt) markers.set(marker.id, marker);
    }
  }
  return markers;
}

function isDeletable(name: SealedTable): name is DeletableTable {
  return name === 'entries' || name === 'selfChecks' || name === 'resources';
}

/** The safety settings that differ, and `into` with ours kept unless the person said yes. */
function guardSafety(
  ours: Settings,
  into: BackupRecord<Settings> | undefined,
  takeSafety: boolean,
): { changes: SafetyChange[]; put: BackupRecord<Settings> | undefined } {
  if (!into) return { changes: [], put: into };
  const theirs = into.value;
  const changes = SAFETY_FIELDS.filter((field) => theirs[field] !== ours[field]).map((field) => ({
    field,
    here: ours[field],
    backup: theirs[field],
  }));
  if (takeSafety || changes.length === 0) return { changes, put: into };
  const kept = Object.fromEntries(SAFETY_FIELDS.map((field) => [field, ours[field]]));
  return { changes, put: { ...into, value: { ...theirs, ...kept } } };
}

/**
 * Which records an import writes. Merge: a record new to this journal is added; one
 * already here is replaced only by a newer change (updatedAt; see editedAt and
 * mergeSettings); otherwise what is here stays. A record with a deletion marker (from
 * either side) dated at or after its last change stays deleted, here too. Replace:
 * everything in the backup, and nothing else. Either way, the safety settings here stay
 * unless `takeSafety` (the difference is in `safety`, to show and ask).
 */
export function planImport(
  existing: BackupTables,
  incoming: BackupTables,
  mode: ImportMode,
  { takeSafety = false }: PlanOptions = {},
): ImportPlan {
  const plan: ImportPlan = {
    mode,
    puts: {},
    deletes: {},
    added: 0,
    updated: 0,
    stayDeleted: 0,
    safety: [],
  };
  const markers = mode === 'merge' ? deletionsOf(existing.deletions, incoming.deletions) : null;
  const deletedSince = (name: SealedTable, id: string, value: object) => {
    if (!markers || !isDeletable(name)) return false;
    const marker = markers.get(deletionId(name, id));
    return marker !== undefined && marker.deletedAt >= editedAt(value);
  };
  const planTable = <T extends SealedTable>(name: T) => {
    const records: TableRecords<T> = incoming[name] ?? [];
    if (mode === 'replace') {
      setTable(plan.puts, name, records);
      plan.added += records.length;
      return;
    }
    if (name === 'versions' && markers) {
      // Earlier versions follow their entry, once each (history/merge.ts).
      const versions = planVersions(existing, incoming, markers);
      if (versions.puts.length > 0) plan.puts.versions = versions.puts;
      if (versions.deletes.length > 0) plan.deletes.versions = versions.deletes;
      // Not counted as added: the person's records are the entries, and these their history.
      return;
    }
    const here = new Map((existing[name] ?? []).map((r) => [r.id, r]));
    const merge: Mergers[T] = MERGERS[name];
    const puts: TableRecords<T> = [];
    for (const record of records) {
      if (deletedSince(name, record.id, record.value)) {
        if (name === 'entries') plan.stayDeleted += 1;
        continue;
      }
      const current = here.get(record.id);
      if (!current) {
        puts.push(record);
        plan.added += 1;
        continue;
      }
      const put = merge(current, record);
      if (put !== null) {
        puts.push(put);
        plan.updated += 1;
      }
    }
    if (puts.length > 0) setTable(plan.puts, name, puts);
    // A version here deleted since, but replaced by one edited after the deletion, stays.
    const replaced = new Set(puts.map((record) => record.id));
    const gone = [...here.values()]
      .filter((record) => !replaced.has(record.id) && deletedSince(name, record.id, record.value))
      .map((record) => record.id);
    if (gone.length > 0) plan.deletes[name] = gone;
  };
  for (const name of SEALED_TABLES) planTable(name);
  const ours = existing.settings?.[0]?.value ?? decodeSettings({});
  // What the import would make the settings: a replace without any leaves the defaults.
  let next = plan.puts.settings?.[0];
  if (mode === 'replace' && !next)
    next = { id: SETTINGS_ID, createdAt: 0, value: decodeSettings({}) };
  const guarded = guardSafety(ours, next, takeSafety);
  plan.safety = guarded.changes;
  if (guarded.put && guarded.put !== next) plan.puts.settings = [guarded.put];
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
    // The tables of `db`, not database() again: the app's database may change meanwhile
    // (a wipe), and a table of another one would write outside this transaction.
    for (const [i, [name, rows]] of sealed.entries()) {
      const table = tables[i] as (typeof tables)[number];
      if (plan.mode === 'replace') await table.clear();
      if (rows.length > 0) await table.bulkPut(rows);
      const gone = plan.deletes[name] ?? [];
      if (gone.length > 0) await table.bulkDelete(gone);
    }
  });
}
