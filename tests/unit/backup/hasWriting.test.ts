import { describe, expect, it } from 'vitest';
import { journalHasWriting } from '../../../src/features/backup/backup';
import { saveSafetyPlan, saveSelfCheck } from '../../../src/storage/reflectSafetyRepo';
import { emptyPlan } from '../../../src/features/safety/plan';
import { freshDatabase } from '../helpers';
import { entry, newKey, seed } from './backupHelpers';

describe('whether an import must ask before replacing', () => {
  it('does not ask for a journal with nothing of the person’s own', async () => {
    freshDatabase();
    await newKey();
    expect(await journalHasWriting()).toBe(false);
  });

  it('asks when there are entries', async () => {
    freshDatabase();
    const key = await newKey();
    await seed(key, { entries: [entry('e1', 'words')], drafts: [], tags: [] });
    expect(await journalHasWriting()).toBe(true);
  });

  it('asks when there is only a safety plan', async () => {
    freshDatabase();
    const key = await newKey();
    await saveSafetyPlan(key, { ...emptyPlan(1), codeWord: 'blue kettle' });
    expect(await journalHasWriting()).toBe(true);
  });

  it('asks when there is only a self-check', async () => {
    freshDatabase();
    const key = await newKey();
    await saveSelfCheck(key, { id: 'c1', createdAt: 1, answers: {} });
    expect(await journalHasWriting()).toBe(true);
  });
});
