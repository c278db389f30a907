import { describe, expect, it, vi } from 'vitest';
import * as download from '../../../src/features/backup/download';
import { exportBackup } from '../../../src/features/backup/actions';
import { importTables, makeBackup, readBackupFile } from '../../../src/features/backup/backup';
import { BackupStopped } from '../../../src/features/backup/chunks';
import { planImport, readAllRecords } from '../../../src/features/backup/records';
import { useKeel } from '../../../src/state/store';
import { deletionId, newDeletion } from '../../../src/storage/deletions';
import { deleteEntryMarked, restoreEntry } from '../../../src/storage/writes';
import { SETTINGS_ID } from '../../../src/storage/sealedRows';
import { database } from '../../../src/storage/schema';
import { DEFAULT_SETTINGS, type Entry, type Settings } from '../../../src/storage/types';
import { freshDatabase } from '../helpers';
import { entry, newKey, QUICK_KDF, seed } from './backupHelpers';
import { FROZEN_V1, storedRow, upgradeFrom } from '../db/oldSchema';

const PHRASE = 'lanterns on the pier';
// A day after the helper entries were last edited.
const T0 = Date.UTC(2026, 10, 2);

const rec = <V extends { id: string; createdAt: number }>(value: V) => ({
  id: value.id,
  createdAt: value.createdAt,
  value,
});

async function backupOfThisJournal(key: CryptoKey) {
  return readBackupFile((await makeBackup(key, PHRASE, T0, QUICK_KDF)).blob, PHRASE);
}

describe('deleted stays deleted', () => {
  it('keeps a sealed marker with the time when an entry is deleted, and Undo removes it', async () => {
    freshDatabase();
    const key = await newKey();
    const kept = entry('a', 'Deleted for a reason');
    await seed(key, { entries: [kept], drafts: [], tags: [] });
    await deleteEntryMarked(key, 'a', T0 + 5);
    expect(await database().entries.count()).toBe(0);
    const row = await database().deletions.get(deletionId('entries', 'a'));
    expect(row?.createdAt).toBe(0);
    expect(new TextDecoder().decode(row?.ct)).not.toContain('entries');
    const { tables } = await readAllRecords(key);
    expect(tables.deletions.map((r) => r.value)).toEqual([newDeletion('entries', 'a', T0 + 5)]);
    await restoreEntry(key, kept);
    expect(await database().deletions.count()).toBe(0);
    expect(await database().entries.count()).toBe(1);
  });

  it('does not bring back an entry deleted since an older backup was made, and says how many', async () => {
    freshDatabase();
    const key = await newKey();
    const gone = entry('gone', 'Deleted after the backup');
    const stays = entry('stays', 'Still here');
    await seed(key, { entries: [gone, stays], drafts: [], tags: [] });
    const older = await backupOfThisJournal(key);
    await deleteEntryMarked(key, 'gone', T0 + 60_000);
    const outcome = await importTables(key, older, 'merge');
    expect(outcome.stayDeleted).toBe(1);
    expect(outcome.entriesAfter).toBe(1);
    const { tables } = await readAllRecords(key);
    expect(tables.entries.map((r) => r.id)).toEqual(['stays']);
  });

  it('brings an entry back when the backup holds an edit made after the deletion', () => {
    const edited = entry('a', 'Written again later', { updatedAt: T0 + 10 });
    const marker = rec({ ...newDeletion('entries', 'a', T0 + 5), createdAt: 0 });
    const plan = planImport({ deletions: [marker] }, { entries: [rec(edited)] }, 'merge');
    expect(plan.puts.entries?.map((r) => r.id)).toEqual(['a']);
    expect(plan.stayDeleted).toBe(0);
  });

  it('keeps an entry edited after its deletion elsewhere, over the older version here', () => {
    const older = entry('a', 'Written before the deletion');
    const edited = entry('a', 'Written again later', { updatedAt: T0 + 10 });
    const marker = rec({ ...newDeletion('entries', 'a', T0 + 5), createdAt: 0 });
    const plan = planImport(
      { entries: [rec(older)] },
      { entries: [rec(edited)], deletions: [marker] },
      'merge',
    );
    expect(plan.puts.entries?.map((r) => r.value)).toEqual([edited]);
    expect(plan.deletes.entries ?? []).toEqual([]);
  });

  it('carries markers in the backup, and removes here what was deleted there after its last edit', async () => {
    freshDatabase();
    const key = await newKey();
    const old = entry('a', 'Deleted on the other phone');
    await seed(key, {
      entries: [old],
      drafts: [],
      tags: [],
      deletions: [newDeletion('entries', 'a', T0 + 5)],
    });
    await database().entries.clear();
    const other = await backupOfThisJournal(key);
    expect(other.deletions).toHaveLength(1);

    freshDatabase();
    const here = await newKey();
    await seed(here, { entries: [old, entry('b', 'Mine')], drafts: [], tags: [] });
    const outcome = await importTables(here, other, 'merge');
    expect(outcome.deletes.entries).toEqual(['a']);
    const { tables } = await readAllRecords(here);
    expect(tables.entries.map((r) => r.id)).toEqual(['b']);
    expect(tables.deletions).toHaveLength(1);
  });
});

describe('an import never quietly changes safety settings', () => {
  const ours: Settings = { ...DEFAULT_SETTINGS, updatedAt: T0 };
  const theirs: Settings = {
    ...DEFAULT_SETTINGS,
    exitUrl: 'https://example.org/elsewhere',
    idleLockMinutes: 0,
    reframes: 'on',
    updatedAt: T0 + 1000,
  };
  const settingsRec = (value: Settings) => ({ id: SETTINGS_ID, createdAt: 0, value });

  it('keeps the exit page and lock here on merge, and lists the difference', () => {
    const plan = planImport(
      { settings: [settingsRec(ours)] },
      { settings: [settingsRec(theirs)] },
      'merge',
    );
    expect(plan.safety.map((c) => c.field)).toEqual(['exitUrl', 'idleLockMinutes']);
    const written = plan.puts.settings?.[0]?.value as Settings;
    expect(written.exitUrl).toBe(ours.exitUrl);
    expect(written.idleLockMinutes).toBe(ours.idleLockMinutes);
    expect(written.reframes).toBe('on');
  });

  it('takes the backup’s safety settings only when the person says so', () => {
    const plan = planImport(
      { settings: [settingsRec(ours)] },
      { settings: [settingsRec(theirs)] },
      'merge',
      { takeSafety: true },
    );
    expect((plan.puts.settings?.[0]?.value as Settings).exitUrl).toBe(theirs.exitUrl);
  });

  it('keeps them on replace too, even when the backup has no settings at all', () => {
    const mine = { ...ours, exitUrl: 'https://example.org/mine', lockWhenHidden: true };
    const withTheirs = planImport(
      { settings: [settingsRec(mine)] },
      { settings: [settingsRec(theirs)] },
      'replace',
    );
    expect((withTheirs.puts.settings?.[0]?.value as Settings).exitUrl).toBe(mine.exitUrl);
    const without = planImport({ settings: [settingsRec(mine)] }, { entries: [] }, 'replace');
    expect(without.safety.map((c) => c.field)).toEqual(['exitUrl', 'lockWhenHidden']);
    expect((without.puts.settings?.[0]?.value as Settings).lockWhenHidden).toBe(true);
  });
});

describe('an export running when the journal locks', () => {
  it('stops, and offers no file', async () => {
    freshDatabase();
    const key = await newKey();
    const entries: Entry[] = Array.from({ length: 3 }, (_, i) => entry(`e${i}`, 'words'));
    await seed(key, { entries, drafts: [], tags: [] });
    useKeel
      .getState()
      .open(
        key,
        { entries, drafts: [], tags: [], settings: DEFAULT_SETTINGS, unreadable: 0 },
        false,
      );
    const offered = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined);
    const exporting = exportBackup(PHRASE);
    useKeel.getState().resetAll();
    await expect(exporting).rejects.toBeInstanceOf(BackupStopped);
    expect(offered).not.toHaveBeenCalled();
  });
});

describe('schema version 3', () => {
  it('opens the frozen version 1 database with an empty deletion-marker table', async () => {
    const { entries } = FROZEN_V1.tables;
    await upgradeFrom(
      1,
      (old) => old.table('entries').bulkPut(entries.map(storedRow)),
      async (db) => {
        expect(db.verno).toBeGreaterThanOrEqual(3);
        expect(await db.deletions.count()).toBe(0);
        expect((await db.entries.toArray()).map((r) => r.id).sort()).toEqual(
          entries.map((r) => r.id).sort(),
        );
      },
    );
  });
});
