import { describe, expect, it } from 'vitest';
import { planImport, writeImport } from '../../../src/features/backup/records';
import { setDatabase } from '../../../src/storage/schema';
import { freshDatabase } from '../helpers';
import { entry, newKey, tag } from './backupHelpers';

const rec = (value: { id: string; createdAt: number }) => ({
  id: value.id,
  createdAt: value.createdAt,
  value,
});

describe('an import under way when the app changes database (a wipe, a test)', () => {
  it('writes only into the database it began with, in its one transaction', async () => {
    const first = freshDatabase();
    const key = await newKey();
    const plan = planImport(
      {},
      { entries: [rec(entry('a', 'Kept'))], tags: [rec(tag('t', 'feeling', 'calm'))] },
      'replace',
    );
    const other = freshDatabase();
    setDatabase(first);
    // The app's database changes while the import writes its first table.
    first.entries.hook('creating', () => {
      setDatabase(other);
    });
    await writeImport(key, plan);
    expect(await first.entries.count()).toBe(1);
    expect(await first.tags.count()).toBe(1);
    expect(await other.tags.count()).toBe(0);
    expect(await other.settings.count()).toBe(0);
  });
});
