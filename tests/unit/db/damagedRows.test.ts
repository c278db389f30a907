import { startSession } from '../../../src/state/session';
import { describe, expect, it } from 'vitest';
import { openJournal } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { readAllRecords } from '../../../src/features/backup/records';
import {
  loadResources,
  loadSafetyPlan,
  loadSelfChecks,
  saveResources,
  saveSafetyPlan,
  saveSelfCheck,
} from '../../../src/storage/reflectSafetyRepo';
import { DAMAGED_SETTINGS_PREFIX, saveEntry, saveSettings } from '../../../src/storage/writes';
import { loadJournal } from '../../../src/storage/entryReads';
import { saveDraft } from '../../../src/storage/drafts';
import { SETTINGS_ID } from '../../../src/storage/sealedRows';
import { type SealedRow, type SealedTable, TABLES } from '../../../src/storage/schema';
import { DEFAULT_SETTINGS, type Entry } from '../../../src/storage/types';
import { blankDraft } from '../../../src/features/journal/newEntry';
import { emptyPlan } from '../../../src/features/safety/plan';
import { startingResources } from '../../../src/features/safety/resources';
import { openVault } from '../../../src/state/openVault';
import { freshDatabase } from '../helpers';

function entry(id: string, createdAt: number): Entry {
  return {
    id,
    createdAt,
    updatedAt: createdAt,
    happenedAt: createdAt,
    text: `words of ${id}`,
    mood: 3,
    feelings: [],
    events: [],
  };
}

/** A journal with two rows of every kind (one settings row), ready to damage one. */
async function journalOfEveryKind() {
  const db = freshDatabase();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  const { key } = opening;
  await saveSettings(key, { ...DEFAULT_SETTINGS, tabTitle: 'Recipes', updatedAt: 5 });
  await saveEntry(key, entry('e1', 1000));
  await saveEntry(key, entry('e2', 2000));
  await saveDraft(key, { ...blankDraft(10), text: 'new words' });
  await saveDraft(key, { ...blankDraft(11), id: 'e1', entryId: 'e1', text: 'edit of e1' });
  await saveSelfCheck(key, { id: 'c1', createdAt: 1, answers: { s01: 1 } });
  await saveSelfCheck(key, { id: 'c2', createdAt: 2, answers: { s01: 2 } });
  await saveSafetyPlan(key, { ...emptyPlan(3), codeWord: 'lemons' });
  await saveResources(
    key,
    startingResources(4).filter((r) => r.id === 'r01' || r.id === 'r02'),
  );
  return { db, key };
}

/** Flips one bit of one stored row's ciphertext, as damage on the disk might. */
async function flipBit(table: SealedTable, id?: string): Promise<SealedRow> {
  const store = freshTable(table);
  const row = id === undefined ? (await store.toArray())[0] : await store.get(id);
  if (!row) throw new Error(`no row in ${table}`);
  const ct = new Uint8Array(row.ct);
  ct[ct.length >> 1]! ^= 0x04;
  const damaged = { ...row, ct };
  await store.put(damaged);
  return damaged;
}

let current: ReturnType<typeof freshDatabase>;
function freshTable(table: SealedTable) {
  return current.table<SealedRow, string>(TABLES[table]);
}

async function stillThere(table: SealedTable, damaged: SealedRow): Promise<void> {
  const row = await freshTable(table).get(damaged.id);
  expect(row && [...row.ct]).toEqual([...damaged.ct]);
  expect(row && [...row.iv]).toEqual([...damaged.iv]);
}

describe('one damaged row costs one row, never the journal', () => {
  it.each([
    ['entries', 'e1'],
    ['drafts', 'e1'],
    ['tags', undefined],
  ] as const)(
    'a bit flipped in one of the %s is counted, kept, and the rest opens',
    async (table, id) => {
      const made = await journalOfEveryKind();
      current = made.db;
      const before = await loadJournal(made.key);
      const damaged = await flipBit(table, id);
      const journal = await loadJournal(made.key);
      expect(journal.unreadable).toBe(1);
      expect(journal.settingsDamaged).toBe(false);
      expect(journal.settings.tabTitle).toBe('Recipes');
      const count = (j: typeof journal) => j.entries.length + j.drafts.length + j.tags.length;
      expect(count(journal)).toBe(count(before) - 1);
      // A backup still reads everything else, and says one record was left out.
      const backup = await readAllRecords(made.key);
      expect(backup.unreadable).toBe(1);
      expect(backup.tables.entries.length + backup.tables.drafts.length).toBeGreaterThan(1);
      await stillThere(table, damaged);
    },
  );

  it('a damaged settings row opens the journal with the starting settings, said plainly', async () => {
    const made = await journalOfEveryKind();
    current = made.db;
    const damaged = await flipBit('settings', SETTINGS_ID);
    const journal = await loadJournal(made.key);
    expect(journal.settings).toEqual(DEFAULT_SETTINGS);
    expect(journal.settingsDamaged).toBe(true);
    expect(journal.unreadable).toBe(1);
    expect(journal.entries.map((e) => e.id).sort()).toEqual(['e1', 'e2']);

    // The app opens (it used to stop at "could not open its storage").
    await openJournal(made.key);
    expect(useKeel.getState().phase).toBe('open');
    expect(useKeel.getState().settingsDamaged).toBe(true);
    expect(useKeel.getState().entries.size).toBe(2);
    await stillThere('settings', damaged);
    expect((await readAllRecords(made.key)).tables.entries).toHaveLength(2);
  });

  it('the next settings save sets the damaged row aside, byte for byte, instead of overwriting it', async () => {
    const made = await journalOfEveryKind();
    current = made.db;
    const damaged = await flipBit('settings', SETTINGS_ID);
    await saveSettings(made.key, { ...DEFAULT_SETTINGS, lastBackupAt: 9 });
    expect((await loadJournal(made.key)).settings.lastBackupAt).toBe(9);
    await stillThere('settings', { ...damaged, id: `${DAMAGED_SETTINGS_PREFIX}1` });
    // A second save finds nothing damaged to move.
    await saveSettings(made.key, { ...DEFAULT_SETTINGS, lastBackupAt: 10 });
    expect(await freshTable('settings').count()).toBe(2);
  });

  it('a bit flipped in a self-check, a resource or the safety plan leaves that one out, untouched', async () => {
    const made = await journalOfEveryKind();
    current = made.db;
    const check = await flipBit('selfChecks', 'c1');
    expect((await loadSelfChecks(made.key)).map((c) => c.id)).toEqual(['c2']);
    const resource = await flipBit('resources', 'r01');
    expect((await loadResources(made.key)).map((r) => r.id)).toEqual(['r02']);
    const plan = await flipBit('safetyPlan');
    await expect(loadSafetyPlan(made.key)).rejects.toThrow();
    const journal = await loadJournal(made.key);
    expect(journal.unreadable).toBe(0);
    expect((await readAllRecords(made.key)).unreadable).toBe(3);
    await stillThere('selfChecks', check);
    await stillThere('resources', resource);
    await stillThere('safetyPlan', plan);
  });
});

describe('a starting number whose stored row cannot be read', () => {
  it('is neither offered from the starting list nor written over, and is counted', async () => {
    const made = await journalOfEveryKind();
    current = made.db;
    const damaged = await flipBit('resources', 'r01');
    useKeel.setState({ key: made.key, phase: 'open' });
    startSession(made.key);
    const { loadResourceList, restoreStarters } =
      await import('../../../src/features/safety/actions');
    const listing = await loadResourceList();
    expect(listing.damaged).toBe(1);
    expect(listing.resources.map((r) => r.id)).not.toContain('r01');
    expect(listing.resources.map((r) => r.id)).toContain('r03'); // from the starting list
    expect(await restoreStarters()).toEqual([]);
    await stillThere('resources', damaged);
  });
});
