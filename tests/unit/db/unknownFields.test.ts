import { describe, expect, it } from 'vitest';
import { openJournal } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { updateSettings } from '../../../src/state/updateSettings';
import { readAllRecords } from '../../../src/features/backup/records';
import {
  loadResources,
  loadSafetyPlan,
  loadSelfChecks,
  saveResources,
  saveSafetyPlan,
  saveSelfCheck,
} from '../../../src/storage/reflectSafetyRepo';
import { database, type SealedTable, TABLES } from '../../../src/storage/schema';
import { loadJournal } from '../../../src/storage/entryReads';
import { saveTags } from '../../../src/storage/writes';
import { sealRow, SETTINGS_ID } from '../../../src/storage/sealedRows';
import { DEFAULT_SETTINGS } from '../../../src/storage/types';
import { commitDraft } from '../../../src/features/journal/actions';
import { blankDraft, startEditing } from '../../../src/features/journal/newEntry';
import { emptyPlan } from '../../../src/features/safety/plan';
import { startingResources } from '../../../src/features/safety/resources';
import { openVault } from '../../../src/state/openVault';
import { freshDatabase } from '../helpers';

/** A field a newer version of Keel might add, which this one does not know. */
const FUTURE = { futureField: { kept: ['by', 'an', 'older', 'tab'] } };

async function store(key: CryptoKey, table: SealedTable, id: string, value: object) {
  const row = await sealRow(key, table, id, 1, { ...value, ...FUTURE });
  await database().table(TABLES[table]).put(row);
}

describe('an older tab keeps what it does not know', () => {
  it('every record type keeps a newer field through decode, an edit and a save', async () => {
    freshDatabase();
    const opening = await openVault();
    if (opening.state !== 'open') throw new Error('expected an open vault');
    const { key } = opening;
    const entry = {
      id: 'e1',
      createdAt: 1,
      updatedAt: 1,
      happenedAt: 1,
      text: 'first words',
      mood: 3,
      feelings: [],
      events: [],
    };
    await store(key, 'entries', 'e1', entry);
    await store(key, 'settings', SETTINGS_ID, DEFAULT_SETTINGS);
    await store(key, 'drafts', 'new', { ...blankDraft(1, undefined, 'new'), text: 'a draft' });
    const tag = { id: 'f01', kind: 'feeling', name: 'Calm', hidden: false, order: 0, createdAt: 1 };
    await store(key, 'tags', 'f01', tag);
    await store(key, 'selfChecks', 'c1', { id: 'c1', createdAt: 1, answers: { s01: 1 } });
    await store(key, 'safetyPlan', 'p1', emptyPlan(1));
    const [resource] = startingResources(1);
    await store(key, 'resources', 'r01', resource!);

    // Through the app: open, edit the entry and a setting, save.
    await openJournal(key);
    const loaded = useKeel.getState().entries.get('e1');
    expect(loaded).toMatchObject(FUTURE);
    startEditing(loaded!);
    await commitDraft({ ...useKeel.getState().drafts.get('e1')!, text: 'edited words' });
    await updateSettings({ tabTitle: 'Recipes' });
    const journal = await loadJournal(key);
    expect(journal.drafts.find((d) => d.id === 'new')).toMatchObject(FUTURE);
    const savedTag = journal.tags.find((t) => t.id === 'f01')!;
    await saveTags(key, [{ ...savedTag, name: 'Settled' }]);
    const [check] = await loadSelfChecks(key);
    await saveSelfCheck(key, { ...check!, answers: { s01: 2 } });
    const plan = await loadSafetyPlan(key);
    await saveSafetyPlan(key, { ...plan!, codeWord: 'lemons' });
    const [stored] = await loadResources(key);
    await saveResources(key, [{ ...stored!, note: 'edited' }]);

    const after = await loadJournal(key);
    expect(after.entries.find((e) => e.id === 'e1')).toMatchObject({
      text: 'edited words',
      ...FUTURE,
    });
    expect(after.settings).toMatchObject({ tabTitle: 'Recipes', ...FUTURE });
    expect(after.tags.find((t) => t.id === 'f01')).toMatchObject({ name: 'Settled', ...FUTURE });
    expect((await loadSelfChecks(key))[0]).toMatchObject({ answers: { s01: 2 }, ...FUTURE });
    expect(await loadSafetyPlan(key)).toMatchObject({ codeWord: 'lemons', ...FUTURE });
    expect((await loadResources(key))[0]).toMatchObject({ note: 'edited', ...FUTURE });
    // And a backup carries them.
    const backup = await readAllRecords(key);
    for (const name of ['entries', 'settings', 'drafts', 'selfChecks', 'safetyPlan'] as const) {
      expect(backup.tables[name][0]?.value).toMatchObject(FUTURE);
    }
  });
});
