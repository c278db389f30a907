import { describe, expect, it } from 'vitest';
import { importTables, makeBackup, readBackupFile } from '../../../src/features/backup/backup';
import { newDeletion } from '../../../src/storage/deletions';
import { database } from '../../../src/storage/schema';
import type { Entry } from '../../../src/storage/types';
import { planVersions } from '../../../src/storage/versionMerge';
import { readVersions } from '../../../src/storage/versionReads';
import { type EntryVersion, newVersion } from '../../../src/storage/versions';
import { entry, newKey, QUICK_KDF, seed } from '../backup/backupHelpers';
import { freshDatabase } from '../helpers';

const PHRASE = 'a quiet harbour at dawn';
const T = Date.UTC(2026, 10, 1, 9, 30);

const first = entry('e1', 'The first telling', { updatedAt: T });
const second = { ...first, text: 'The second telling', updatedAt: T + 60_000 };
const now = { ...first, text: 'The telling now', updatedAt: T + 120_000, harm: { place: 'Home' } };
const v1 = newVersion(first, second.updatedAt, 'a');
const v2 = newVersion(second, now.updatedAt, 'b');

async function journal(
  entries: Entry[],
  versions: EntryVersion[],
  deletions = [] as ReturnType<typeof newDeletion>[],
) {
  freshDatabase();
  const key = await newKey();
  await seed(key, { entries, drafts: [], tags: [], versions, deletions });
  return key;
}

async function backupOf(key: CryptoKey) {
  return readBackupFile((await makeBackup(key, PHRASE, T + 200_000, QUICK_KDF)).blob, PHRASE);
}

const texts = async (key: CryptoKey, id = 'e1') =>
  (await readVersions(key, id)).versions.map((x) => x.entry.text).sort();

describe('a backup with earlier versions', () => {
  it('carries every version and the details of harm, and restores them into a new journal', async () => {
    const tables = await backupOf(await journal([now], [v1, v2]));
    expect(tables.versions?.map((r) => r.value)).toEqual(expect.arrayContaining([v1, v2]));
    const restored = await newKey();
    freshDatabase();
    await importTables(restored, tables, 'replace', undefined, { takeSafety: true });
    expect(await texts(restored)).toEqual(['The first telling', 'The second telling']);
    const [row] = await database().entries.toArray();
    expect(row).toBeDefined();
    expect(tables.entries?.[0]?.value).toMatchObject({ harm: { place: 'Home' } });
  });

  it('adds nothing twice when merged again, or merged into the journal it came from', async () => {
    const key = await journal([now], [v1, v2]);
    const tables = await backupOf(key);
    const once = await importTables(key, tables, 'merge');
    expect(once.added + once.updated).toBe(0);
    expect(await database().versions.count()).toBe(2);
  });

  it('keeps one copy of a version both journals hold under different ids', async () => {
    const key = await journal([now], [v1]);
    const tables = await backupOf(
      await journal([now], [newVersion(first, second.updatedAt, 'other')]),
    );
    freshDatabase();
    await seed(key, { entries: [now], drafts: [], tags: [], versions: [v1] });
    await importTables(key, tables, 'merge');
    expect(await texts(key)).toEqual(['The first telling']);
  });

  it('keeps the text the merge does not keep as the entry, as an earlier version', async () => {
    // The backup holds an older save of the entry than this journal.
    const tables = await backupOf(await journal([second], [v1]));
    const key = await journal([now], []);
    await importTables(key, tables, 'merge');
    expect(await texts(key)).toEqual(['The first telling', 'The second telling']);
  });

  it('does not bring back the versions of an entry deleted here since the backup', async () => {
    const tables = await backupOf(await journal([now], [v1, v2]));
    const key = await journal([], [], [newDeletion('entries', 'e1', T + 300_000)]);
    const outcome = await importTables(key, tables, 'merge');
    expect(outcome.stayDeleted).toBe(1);
    expect(await database().versions.count()).toBe(0);
  });
});

describe('planning the versions of a merge', () => {
  const row = (x: EntryVersion) => ({ id: x.id, createdAt: 0, value: x });
  const rowOf = (e: Entry) => ({ id: e.id, createdAt: e.createdAt, value: e });

  it('removes the versions here of an entry the backup says was deleted after its last change', () => {
    const marker = newDeletion('entries', 'e1', T + 300_000);
    const plan = planVersions(
      { entries: [rowOf(now)], versions: [row(v1)] },
      { entries: [] },
      new Map([[marker.id, marker]]),
    );
    expect(plan).toEqual({ puts: [], deletes: [v1.id] });
  });

  it('keeps them when the entry was changed after the deletion', () => {
    const marker = newDeletion('entries', 'e1', T + 90_000);
    const plan = planVersions(
      { entries: [rowOf(now)], versions: [row(v1)] },
      { entries: [] },
      new Map([[marker.id, marker]]),
    );
    expect(plan).toEqual({ puts: [], deletes: [] });
  });

  it('makes no version when both sides hold the same words', () => {
    const plan = planVersions(
      { entries: [rowOf(now)] },
      { entries: [rowOf({ ...now, updatedAt: now.updatedAt - 5 })] },
      new Map(),
    );
    expect(plan.puts).toEqual([]);
  });
});
