import { describe, expect, it, vi } from 'vitest';
import { importTables, makeBackup, readBackupFile } from '../../../src/features/backup/backup';
import { sealBackup } from '../../../src/features/backup/crypt';
import type { BackupRecord, BackupTables } from '../../../src/features/backup/payload';
import { mergeSettings, planImport, readAllRecords } from '../../../src/features/backup/records';
import { loadSelfChecks } from '../../../src/storage/reflectSafetyRepo';
import type { SelfCheck } from '../../../src/storage/reflectSafetyTypes';
import { loadJournal } from '../../../src/storage/entryReads';
import { SETTINGS_ID } from '../../../src/storage/sealedRows';
import { DEFAULT_SETTINGS, type Settings, type Tag } from '../../../src/storage/types';
import { freshDatabase } from '../helpers';

// exportBackup offers the file as a download; here it only needs to be made.
vi.mock('../../../src/features/backup/download', async (original) => ({
  ...(await original<typeof import('../../../src/features/backup/download')>()),
  downloadBlob: vi.fn(),
}));
import { type Journal, newKey, QUICK_KDF, seed, tag } from './backupHelpers';

const PHRASE = 'the river keeps going';
const T1 = Date.UTC(2026, 9, 1);
const T2 = Date.UTC(2026, 10, 1);

const record = <T extends { id: string; createdAt: number }>(value: T): BackupRecord => ({
  id: value.id,
  createdAt: value.createdAt,
  value,
});
const settingsRecord = (value: Settings): BackupRecord => ({
  id: SETTINGS_ID,
  createdAt: 0,
  value,
});

const named = (name: string, updatedAt?: number): Tag => ({
  ...tag('e02', 'event', name),
  ...(updatedAt === undefined ? {} : { updatedAt }),
});
const check = (answer: 0 | 1 | 2, updatedAt?: number): SelfCheck => ({
  id: 'c1',
  createdAt: T1,
  ...(updatedAt === undefined ? {} : { updatedAt }),
  answers: { s01: answer },
});
const prefs = (extra: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...extra });

/** What a merge of `theirs` into `ours` writes for the one record of a table. */
function mergedValue(
  table: 'tags' | 'selfChecks' | 'settings',
  ours: BackupRecord,
  theirs: BackupRecord,
): unknown {
  // The person chose the backup's safety settings (tab title, lock): this is about which is newer.
  const plan = planImport({ [table]: [ours] }, { [table]: [theirs] }, 'merge', {
    takeSafety: true,
  });
  const put = plan.puts[table];
  expect(plan.added).toBe(0);
  expect(plan.updated).toBe(put ? 1 : 0);
  return put === undefined ? 'kept' : put[0]?.value;
}

describe('merging records that both journals hold: the newer change wins', () => {
  it('takes a tag renamed later in the backup, and keeps one renamed later here', () => {
    const early = record(named('Sorry', T1));
    const late = record(named('Apology or gift', T2));
    expect(mergedValue('tags', early, late)).toEqual(late.value);
    expect(mergedValue('tags', late, early)).toBe('kept');
  });

  it('keeps the tag here when neither is newer, or neither says when it changed', () => {
    expect(mergedValue('tags', record(named('Here', T1)), record(named('There', T1)))).toBe('kept');
    expect(mergedValue('tags', record(named('Here')), record(named('There')))).toBe('kept');
  });

  it('counts a tag without a time (stored before Keel kept one) as older than a change', () => {
    const old = record(named('Old name'));
    const changed = record(named('New name', T1));
    expect(mergedValue('tags', old, changed)).toEqual(changed.value);
    expect(mergedValue('tags', changed, old)).toBe('kept');
  });

  it('takes a self-check saved later, whichever side it is on', () => {
    const early = record(check(0, T1));
    const late = record(check(2, T2));
    expect(mergedValue('selfChecks', early, late)).toEqual(late.value);
    expect(mergedValue('selfChecks', late, early)).toBe('kept');
    expect(mergedValue('selfChecks', record(check(1)), late)).toEqual(late.value);
  });

  it('takes newer settings whole, with the later of the two backup times', () => {
    const here = prefs({ updatedAt: T1, tabTitle: 'Notes', lastBackupAt: T2 + 5 });
    const there = prefs({
      updatedAt: T2,
      tabTitle: 'Recipes',
      idleLockMinutes: 1,
      lastBackupAt: T1,
    });
    expect(mergedValue('settings', settingsRecord(here), settingsRecord(there))).toEqual({
      ...there,
      lastBackupAt: T2 + 5,
    });
    // The other way round: the settings here are newer and stay, but the backup time moves on.
    expect(mergedValue('settings', settingsRecord(there), settingsRecord(here))).toEqual({
      ...there,
      lastBackupAt: T2 + 5,
    });
  });

  it('leaves the settings here alone when they are newer and were backed up later', () => {
    const here = prefs({ updatedAt: T2, tabTitle: 'Notes', lastBackupAt: T2 });
    const there = prefs({ updatedAt: T1, tabTitle: 'Recipes', lastBackupAt: null });
    expect(mergedValue('settings', settingsRecord(here), settingsRecord(there))).toBe('kept');
    expect(mergeSettings(here, prefs({ tabTitle: 'Recipes', lastBackupAt: T1 }))).toBeNull();
  });

  it('keeps the settings here when neither side says when it changed', () => {
    const here = prefs({ tabTitle: 'Notes', lastBackupAt: null });
    const there = prefs({ tabTitle: 'Recipes', lastBackupAt: T1 });
    expect(mergeSettings(here, there)).toEqual({ ...here, lastBackupAt: T1 });
    expect(mergeSettings(here, prefs({ tabTitle: 'Recipes' }))).toBeNull();
  });
});

/** Makes a backup of `theirs`, merges it into a journal holding `ours`, and reads the result. */
async function mergeThrough(theirs: Journal, ours: Journal) {
  freshDatabase();
  const other = await newKey();
  await seed(other, theirs);
  const made = await makeBackup(other, PHRASE, T2, QUICK_KDF);
  freshDatabase();
  const key = await newKey();
  await seed(key, ours);
  await importTables(key, await readBackupFile(made.blob, PHRASE), 'merge', undefined, {
    takeSafety: true,
  });
  const journal = await loadJournal(key);
  return { journal, checks: await loadSelfChecks(key) };
}

describe('merging a real backup file', () => {
  const older: Journal = {
    entries: [],
    drafts: [],
    tags: [named('Sorry', T1)],
    settings: prefs({ updatedAt: T1, exitUrl: 'https://example.org/recipes', lastBackupAt: T1 }),
    selfChecks: [check(0, T1)],
  };
  const newer: Journal = {
    entries: [],
    drafts: [],
    tags: [{ ...named('Apology or gift', T2), hidden: true }],
    settings: prefs({ updatedAt: T2, tabTitle: 'Weather', lastBackupAt: null }),
    selfChecks: [check(2, T2)],
  };

  it('takes the newer tag, settings and self-check from the backup', async () => {
    const { journal, checks } = await mergeThrough(newer, older);
    expect(journal.tags).toEqual(newer.tags);
    expect(journal.settings).toEqual({ ...newer.settings, lastBackupAt: T1 });
    expect(checks).toEqual(newer.selfChecks);
  });

  it('keeps the newer tag, settings and self-check that are here', async () => {
    const { journal, checks } = await mergeThrough(older, newer);
    expect(journal.tags).toEqual(newer.tags);
    expect(journal.settings).toEqual({ ...newer.settings, lastBackupAt: T1 });
    expect(checks).toEqual(newer.selfChecks);
  });
});

describe('records stored before Keel kept when they changed', () => {
  const oldTag = tag('e02', 'event', 'Sorry');
  const oldSettings = prefs({ tabTitle: 'Notes', lastBackupAt: T1 });
  const oldCheck = check(1);

  /** A backup file as an earlier Keel wrote it: no updatedAt on tags, settings or checks. */
  async function oldBackup(): Promise<BackupTables> {
    const tables = {
      tags: [record(oldTag)],
      settings: [settingsRecord(oldSettings)],
      selfChecks: [record(oldCheck)],
    };
    for (const value of [oldTag, oldSettings, oldCheck])
      expect(value).not.toHaveProperty('updatedAt');
    const bytes = await sealBackup(
      { app: 'keel', format: 1, createdAt: T1, tables },
      PHRASE,
      T1,
      QUICK_KDF,
    );
    return readBackupFile(new Blob([bytes]), PHRASE);
  }

  it('import into an empty journal exactly as they were', async () => {
    const tables = await oldBackup();
    freshDatabase();
    const key = await newKey();
    await importTables(key, tables, 'replace', undefined, { takeSafety: true });
    const { tables: stored } = await readAllRecords(key);
    expect(stored.tags.map((r) => r.value)).toEqual([oldTag]);
    expect(stored.settings.map((r) => r.value)).toEqual([oldSettings]);
    expect(stored.selfChecks.map((r) => r.value)).toEqual([oldCheck]);
  });

  it('merge in: they give way to a change made here, and fill in what is missing', async () => {
    const tables = await oldBackup();
    freshDatabase();
    const key = await newKey();
    const here = prefs({ updatedAt: T2, tabTitle: 'Weather', lastBackupAt: null });
    await seed(key, { entries: [], drafts: [], tags: [named('Apology', T2)], settings: here });
    const outcome = await importTables(key, tables, 'merge', undefined, { takeSafety: true });
    expect(outcome.added).toBe(1); // the check-in
    const journal = await loadJournal(key);
    expect(journal.tags).toEqual([named('Apology', T2)]);
    expect(journal.settings).toEqual({ ...here, lastBackupAt: T1 });
    expect(await loadSelfChecks(key)).toEqual([oldCheck]);
  });

  it('still open from storage written by an earlier Keel', async () => {
    freshDatabase();
    const key = await newKey();
    await seed(key, {
      entries: [],
      drafts: [],
      tags: [oldTag],
      settings: oldSettings,
      selfChecks: [oldCheck],
    });
    const journal = await loadJournal(key);
    expect(journal.tags).toEqual([oldTag]);
    expect(journal.settings).toEqual(oldSettings);
    expect(await loadSelfChecks(key)).toEqual([oldCheck]);
  });
});

describe('a change the person makes is marked with its time', () => {
  it('on tags, settings and self-checks, but not when a backup is recorded', async () => {
    const { openVault } = await import('../../../src/state/openVault');
    const { openJournal } = await import('../../../src/app/start');
    const { useKeel } = await import('../../../src/state/store');
    const { addTag, updateTag } = await import('../../../src/features/journal/actions');
    const { updateSettings } = await import('../../../src/state/updateSettings');
    const { saveCheck, setReframeChoice } = await import('../../../src/features/reflect/actions');
    const { setRememberStory } = await import('../../../src/features/patterns/settings');
    const { exportBackup } = await import('../../../src/features/backup/actions');
    freshDatabase();
    const opening = await openVault(T1);
    if (opening.state !== 'open') throw new Error('expected an open vault');
    await openJournal(opening.key);
    const stored = () => loadJournal(opening.key);
    // Keel's own starting tags and settings are not a change.
    expect((await stored()).settings).not.toHaveProperty('updatedAt');
    expect((await stored()).tags.every((t) => t.updatedAt === undefined)).toBe(true);

    const clock = vi.spyOn(Date, 'now');
    clock.mockReturnValue(T1 + 1);
    const mine = await addTag('feeling', 'Steady');
    expect(mine.updatedAt).toBe(T1 + 1);
    clock.mockReturnValue(T1 + 2);
    const harm = useKeel.getState().tags.find((t) => t.id === 'e01') as Tag;
    await updateTag({ ...harm, name: 'Hurt' });
    expect((await stored()).tags.find((t) => t.id === 'e01')?.updatedAt).toBe(T1 + 2);
    clock.mockReturnValue(T1 + 3);
    await updateSettings({ tabTitle: 'Weather' });
    expect((await stored()).settings.updatedAt).toBe(T1 + 3);
    clock.mockReturnValue(T1 + 4);
    await setReframeChoice('off');
    expect((await stored()).settings.updatedAt).toBe(T1 + 4);
    clock.mockReturnValue(T1 + 5);
    await setRememberStory('off');
    expect((await stored()).settings.updatedAt).toBe(T1 + 5);
    expect(useKeel.getState().settings.updatedAt).toBe(T1 + 5);
    clock.mockReturnValue(T1 + 6);
    const first = await saveCheck({ s01: 1 });
    expect(first.updatedAt).toBe(T1 + 6);
    clock.mockReturnValue(T1 + 7);
    const again = await saveCheck({ s01: 2 }, first);
    expect(again).toMatchObject({ createdAt: T1 + 6, updatedAt: T1 + 7 });
    expect(await loadSelfChecks(opening.key)).toEqual([again]);

    // Making a backup records when, which is not a change of preference.
    clock.mockReturnValue(T2);
    await exportBackup('a backup phrase');
    expect((await stored()).settings).toMatchObject({ lastBackupAt: T2, updatedAt: T1 + 5 });
    expect(useKeel.getState().settings).toMatchObject({ lastBackupAt: T2, updatedAt: T1 + 5 });
  }, 60_000);
});
