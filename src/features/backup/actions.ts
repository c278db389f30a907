/** What the backup screens do: each writes through backup.ts, then updates the store. */
import { inStorageOrder, requireKey, useKeel } from '../../state/store';
import { updateSettings } from '../../state/updateSettings';
import { decodeSettings } from '../../storage/codec';
import type { RecordOf } from '../../storage/records';
import type { SealedTable } from '../../storage/schema';
import type { Entry, Tag } from '../../storage/types';
import {
  importTables,
  type ImportOutcome,
  journalHasWriting,
  makeBackup,
  type MadeBackup,
  previewImport,
  readBackupFile,
} from './backup';
import { BackupStopped } from './chunks';
import { translateNow } from '../../ui/i18n/i18n';
import { datedName, downloadBlob } from './download';
import type { BackupTables } from './payload';
import type { ImportMode, ImportPlan, KnownRecords, PlanOptions } from './records';

export const BACKUP_EXTENSION = 'keel';

/** True while the journal opened with this key is still open (not locked or exited meanwhile). */
function stillOpen(key: CryptoKey): boolean {
  return useKeel.getState().key === key;
}

/**
 * Brings what an import wrote into the store, without reading the journal again: the
 * records written are already decoded, and everything else in storage is what the store
 * holds. Replace opens the journal afresh with exactly the backup. Nothing happens when
 * the journal was locked while the work ran: a lock or quick exit is never undone.
 */
function showImported(key: CryptoKey, outcome: ImportOutcome, status: string): void {
  if (!stillOpen(key)) return;
  const values = <T extends SealedTable>(name: T): RecordOf<T>[] =>
    (outcome.puts[name] ?? []).map((record) => record.value);
  const entries = values('entries');
  const drafts = values('drafts');
  const tags = values('tags');
  const settings = values('settings')[0];
  const store = useKeel.getState();
  if (outcome.mode === 'replace') {
    store.open(
      key,
      {
        entries,
        drafts,
        tags: inStorageOrder(tags),
        settings: settings ?? decodeSettings({}),
        unreadable: 0,
      },
      false,
    );
  } else {
    store.mergeRecords({ entries, drafts, tags, ...(settings ? { settings } : {}) });
    // Entries deleted elsewhere after their last change here stay deleted.
    for (const id of outcome.deletes.entries ?? []) useKeel.getState().removeEntry(id);
    // As after a replace: the journal, with what came in.
    store.go('journal');
  }
  useKeel.getState().setStatus(status);
}

/**
 * Makes a backup, offers it as a download, and remembers when it was made. When the
 * journal locks (or exits) meanwhile, the work stops and nothing is offered: BackupStopped.
 */
export async function exportBackup(passphrase: string, stem = 'backup'): Promise<MadeBackup> {
  const key = requireKey();
  const now = Date.now();
  const keepGoing = () => stillOpen(key);
  // The entries the store holds unchanged since they loaded are not decrypted again.
  const made = await makeBackup(key, passphrase, now, undefined, knownEntries(), keepGoing);
  if (!keepGoing()) throw new BackupStopped();
  downloadBlob(made.blob, datedName(stem, BACKUP_EXTENSION, now));
  if (!stillOpen(key)) return made;
  await updateSettings({ lastBackupAt: now }, { edit: false });
  return made;
}

export interface OpenedBackup {
  tables: BackupTables;
  /** Whether this journal already holds writing, so merge or replace must be chosen. */
  needsChoice: boolean;
  /** What a merge (or, into an empty journal, a replace) would do: for the question. */
  preview: ImportPlan;
  /** The safety settings a replace would change (it takes the backup's settings whole). */
  replaceSafety: ImportPlan['safety'];
}

export async function openBackupFile(file: Blob, passphrase: string): Promise<OpenedBackup> {
  const tables = await readBackupFile(file, passphrase);
  const needsChoice = await journalHasWriting();
  const mode = needsChoice ? 'merge' : 'replace';
  const key = requireKey();
  const preview = await previewImport(key, tables, mode, knownEntries());
  const replaceSafety =
    mode === 'replace' ? preview.safety : (await previewImport(key, tables, 'replace')).safety;
  return { tables, needsChoice, preview, replaceSafety };
}

/**
 * The entries the store holds unchanged since they were read from storage, with the IV of
 * their row, so a merge need not decrypt them again (an entry saved since has a new IV).
 */
function knownEntries(): KnownRecords {
  const { entries, entryIvs } = useKeel.getState();
  const known = new Map<string, { iv: Uint8Array; value: Entry }>();
  for (const [id, iv] of entryIvs) {
    const value = entries.get(id);
    if (value) known.set(id, { iv, value });
  }
  return { entries: known };
}

/** Writes the backup in, then shows the journal as it now is. */
export async function applyImport(
  tables: BackupTables,
  mode: ImportMode,
  options?: PlanOptions,
): Promise<ImportOutcome> {
  const key = requireKey();
  const outcome = await importTables(key, tables, mode, knownEntries(), options);
  showImported(key, outcome, translateNow('import.done', { count: outcome.entriesAfter }));
  return outcome;
}

/** Adds Daylio's entries (and any new feelings or events) to the journal, in one transaction. */
export async function applyDaylio(built: { entries: Entry[]; tags: Tag[] }): Promise<number> {
  const key = requireKey();
  const toRecords = <V extends Entry | Tag>(items: V[]) =>
    items.map((value) => ({ id: value.id, createdAt: value.createdAt, value }));
  const outcome = await importTables(
    key,
    { entries: toRecords(built.entries), tags: toRecords(built.tags) },
    'merge',
    knownEntries(),
  );
  const count = built.entries.length;
  showImported(key, outcome, translateNow('daylio.added', { count }));
  return count;
}
