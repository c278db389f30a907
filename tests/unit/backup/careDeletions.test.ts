import { afterEach, describe, expect, it } from 'vitest';
import { useKeel } from '../../../src/state/store';
import { importTables, makeBackup, readBackupFile } from '../../../src/features/backup/backup';
import {
  deleteSelfCheck,
  loadResources,
  loadSelfChecks,
} from '../../../src/storage/reflectSafetyRepo';
import { database } from '../../../src/storage/schema';
import { saveCheck } from '../../../src/features/reflect/actions';
import {
  loadResourceList,
  removeResource,
  restoreStarters,
  saveResource,
} from '../../../src/features/safety/actions';
import { freshDatabase } from '../helpers';
import { newKey, QUICK_KDF } from './backupHelpers';

const PHRASE = 'lanterns on the pier';

async function openJournal(): Promise<CryptoKey> {
  freshDatabase();
  const key = await newKey();
  useKeel.setState({ key, phase: 'open' });
  return key;
}

async function backupOfThisJournal(key: CryptoKey) {
  return readBackupFile((await makeBackup(key, PHRASE, Date.now(), QUICK_KDF)).blob, PHRASE);
}

async function shownResourceIds(): Promise<string[]> {
  const { resources } = await loadResourceList();
  return resources.filter((r) => !r.removed).map((r) => r.id);
}

afterEach(() => useKeel.getState().resetAll());

describe('deleted self-checks and resources stay deleted', () => {
  it('a self-check deleted after a backup stays deleted when that backup is merged', async () => {
    const key = await openJournal();
    const gone = await saveCheck({ s1: 2 });
    const stays = await saveCheck({ s1: 0 });
    const older = await backupOfThisJournal(key);
    await deleteSelfCheck(key, gone.id);
    await importTables(key, older, 'merge');
    expect((await loadSelfChecks(key)).map((c) => c.id)).toEqual([stays.id]);
  });

  it('a resource removed after a backup stays removed when that backup is merged', async () => {
    const key = await openJournal();
    const { resources } = await loadResourceList();
    const starter = resources.find((r) => r.id === 'r02');
    if (!starter) throw new Error('The starting list has r02');
    const mine = await saveResource({
      ...starter,
      id: 'mine',
      name: 'My sister',
      call: '555 0100',
      builtin: false,
    });
    const edited = await saveResource({ ...starter, note: 'Ask for the evening shift.' });
    const older = await backupOfThisJournal(key);
    await removeResource(mine);
    await removeResource(edited);
    await importTables(key, older, 'merge');
    const shown = await shownResourceIds();
    expect(shown).not.toContain('mine');
    expect(shown).not.toContain('r02');
    expect(shown).toContain('r01');
  });

  it('a starting number put back after a backup stays shown when that backup is merged', async () => {
    const key = await openJournal();
    const { resources } = await loadResourceList();
    const starter = resources.find((r) => r.id === 'r03');
    if (!starter) throw new Error('The starting list has r03');
    await removeResource(starter);
    const older = await backupOfThisJournal(key);
    expect((await restoreStarters()).map((r) => r.id)).toEqual(['r03']);
    await importTables(key, older, 'merge');
    expect(await shownResourceIds()).toContain('r03');
  });

  it('removing a number of their own keeps a deletion marker in place of the stored row', async () => {
    const key = await openJournal();
    const mine = await saveResource({
      id: 'mine',
      createdAt: Date.now(),
      updatedAt: Date.now(),
      country: 'Canada',
      name: 'My friend',
      call: '555 0101',
      text: '',
      textBody: '',
      note: '',
      order: 9,
      builtin: false,
      removed: false,
    });
    await removeResource(mine);
    expect(await database().deletions.get('resources:mine')).toBeDefined();
    expect(await loadResources(key)).toEqual([]);
  });
});
