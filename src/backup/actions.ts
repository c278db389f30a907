/** What the backup screens do: each writes through backup.ts, then updates the store. */
import { requireKey, useKeel } from '../app/store';
import { loadJournal, saveSettings } from '../db/repo';
import {
  importTables,
  journalHasWriting,
  makeBackup,
  type MadeBackup,
  readBackupFile,
} from './backup';
import { datedName, downloadBlob } from './download';
import type { BackupTables } from './payload';
import type { ImportMode, ImportPlan } from './records';

export const BACKUP_EXTENSION = 'keel';

/** True while the journal opened with this key is still open (not locked or exited meanwhile). */
function stillOpen(key: CryptoKey): boolean {
  return useKeel.getState().key === key;
}

/**
 * Reloads the journal from storage into the store (as openJournal does), unless it was
 * locked while the work ran: a lock or quick exit must never be undone by a late reload.
 */
async function reopen(key: CryptoKey, status: (entries: number) => string): Promise<void> {
  if (!stillOpen(key)) return;
  const journal = await loadJournal(key);
  if (!stillOpen(key)) return;
  useKeel.getState().open(key, journal, false);
  useKeel.getState().setStatus(status(journal.entries.length));
}

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/** Makes a backup, offers it as a download, and remembers when it was made. */
export async function exportBackup(passphrase: string, stem = 'backup'): Promise<MadeBackup> {
  const key = requireKey();
  const now = Date.now();
  const made = await makeBackup(key, passphrase, now);
  downloadBlob(
    new Blob([made.bytes], { type: 'application/octet-stream' }),
    datedName(stem, BACKUP_EXTENSION, now),
  );
  if (!stillOpen(key)) return made;
  const settings = { ...useKeel.getState().settings, lastBackupAt: now };
  await saveSettings(key, settings);
  if (stillOpen(key)) useKeel.getState().setSettings(settings);
  return made;
}

export interface OpenedBackup {
  tables: BackupTables;
  /** Whether this journal already holds writing, so merge or replace must be chosen. */
  needsChoice: boolean;
}

export async function openBackupFile(file: Blob, passphrase: string): Promise<OpenedBackup> {
  const tables = await readBackupFile(file, passphrase);
  return { tables, needsChoice: await journalHasWriting() };
}

/** Writes the backup in, then reloads the journal from storage into the store. */
export async function applyImport(tables: BackupTables, mode: ImportMode): Promise<ImportPlan> {
  const key = requireKey();
  const plan = await importTables(key, tables, mode);
  await reopen(key, (n) => `The backup is in. Your journal has ${entries(n)}.`);
  return plan;
}

/** Adds Daylio's entries (and any new feelings or events) to the journal, in one transaction. */
export async function applyDaylio(built: {
  entries: { id: string; createdAt: number }[];
  tags: { id: string; createdAt: number }[];
}): Promise<number> {
  const key = requireKey();
  const toRecords = (items: { id: string; createdAt: number }[]) =>
    items.map((value) => ({ id: value.id, createdAt: value.createdAt, value }));
  await importTables(
    key,
    { entries: toRecords(built.entries), tags: toRecords(built.tags) },
    'merge',
  );
  const count = built.entries.length;
  await reopen(key, () => `${entries(count)} from Daylio are in your journal now.`);
  return count;
}
