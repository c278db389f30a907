/**
 * Making and restoring an encrypted backup, without the UI: pure of the store so unit
 * tests can drive it against a fake database. The UI calls these through actions.ts.
 */
import { decodeSettings } from '../../storage/codec';
import { openRows } from '../../storage/sealedRows';
import { database, type SealedRow } from '../../storage/schema';
import { readBackup, sealChunked } from './chunks';
import { mediaOf } from './mediaFrames';
import type { Attachment } from '../../storage/attachmentCodec';
import { putAttachmentBytes } from '../../storage/attachmentRepo';
import { sweepOrphanChunks } from '../../storage/mediaSweep';
import { BackupError } from './errors';
import { type KdfBase, newBackupKey } from '../../crypto/backupSeal';
import type { BackupTables } from './payload';
import {
  type ImportMode,
  type ImportPlan,
  planImport,
  type PlanOptions,
  type KnownRecords,
  readAllRecords,
  writeImport,
} from './records';

export interface MadeBackup {
  /** The file, in format 2: its frames are the Blob's parts, never joined in memory. */
  blob: Blob;
  records: number;
  unreadable: number;
}

/**
 * Reads and encrypts everything in the journal into one backup file. With `known` (the
 * open journal), rows unchanged since it loaded are not decrypted again. `keepGoing` is
 * asked between chunks: when it says no (the journal locked), the backup stops there.
 */
export async function makeBackup(
  key: CryptoKey,
  passphrase: string,
  now: number,
  kdfBase?: KdfBase,
  known?: KnownRecords,
  keepGoing?: () => boolean,
): Promise<MadeBackup> {
  // Argon2id runs in its worker while the records are decrypted.
  const [backupKey, { tables, unreadable }] = await Promise.all([
    newBackupKey(passphrase, kdfBase),
    readAllRecords(key, known),
  ]);
  const parts = await sealChunked(backupKey, tables, now, keepGoing);
  const blob = new Blob(parts, { type: 'application/octet-stream' });
  const records = Object.values(tables).reduce((sum, list) => sum + list.length, 0);
  return { blob, records, unreadable };
}

/** Opens and checks a backup file of any format, a chunk at a time (see chunks.ts). */
export function readBackupFile(
  file: Blob,
  passphrase: string,
  now?: number,
): Promise<BackupTables> {
  return readBackup(file, passphrase, now);
}

/**
 * True when the journal holds something of the person's own: entries, drafts, check-ins,
 * a safety plan or resources (kept even if only the starter list, as it may be edited).
 * Then an import asks merge or replace, and replace waits for a backup of it first.
 */
export async function journalHasWriting(): Promise<boolean> {
  const db = database();
  const counts = await Promise.all(
    [db.entries, db.drafts, db.selfChecks, db.safetyPlan, db.resources].map((table) =>
      table.count(),
    ),
  );
  return counts.some((count) => count > 0);
}

export interface ImportOutcome extends ImportPlan {
  /** How many readable entries the journal holds once the import is written. */
  entriesAfter: number;
}

/** What is here to compare with: every record for a merge, only the settings for a replace. */
async function recordsHere(
  key: CryptoKey,
  mode: ImportMode,
  known?: KnownRecords,
): Promise<BackupTables> {
  if (mode === 'merge') return (await readAllRecords(key, known)).tables;
  const rows = await database().settings.toArray();
  const opened = await openRows(key, 'settings', rows, decodeSettings);
  return {
    settings: opened.values.map((value, i) => ({
      id: (opened.from[i] as SealedRow).id,
      createdAt: 0,
      value,
    })),
  };
}

/**
 * What an import would do, without writing: for the question asked before it (how many
 * entries, how many stay deleted, which safety settings the backup would change).
 */
export async function previewImport(
  key: CryptoKey,
  incoming: BackupTables,
  mode: ImportMode,
  known?: KnownRecords,
): Promise<ImportPlan> {
  return planImport(await recordsHere(key, mode, known), incoming, mode);
}

/**
 * Writes a validated backup into the journal. An empty journal takes the backup as it
 * is (replace); otherwise the person chose merge or replace. Merge compares with every
 * record here; `known` (the open journal) saves decrypting rows unchanged since it loaded.
 * Safety settings here stay unless `options.takeSafety`.
 */
export async function importTables(
  key: CryptoKey,
  incoming: BackupTables,
  mode: ImportMode,
  known?: KnownRecords,
  options?: PlanOptions,
): Promise<ImportOutcome> {
  const existing = await recordsHere(key, mode, known);
  const plan = planImport(existing, incoming, mode, options);
  try {
    // The bytes go first (checked whole when the file was read): until the descriptions
    // are written with the records, nothing refers to them.
    const bytes = mediaOf(incoming);
    for (const record of plan.puts.attachments ?? []) {
      const found = bytes.get(record.id);
      if (found) await putAttachmentBytes(record.value as Attachment, found.original, found.thumb);
    }
    await writeImport(key, plan);
  } catch (error) {
    console.error(error);
    throw new BackupError('write');
  } finally {
    // Chunks of what a replace removed, or of an import cut off before its descriptions.
    await sweepOrphanChunks().catch(() => 0);
  }
  const here = new Set((existing.entries ?? []).map((record) => record.id));
  for (const record of plan.puts.entries ?? []) here.add(record.id);
  for (const id of plan.deletes.entries ?? []) here.delete(id);
  return { ...plan, entriesAfter: here.size };
}
