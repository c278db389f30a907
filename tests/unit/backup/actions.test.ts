import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../src/features/backup/actions';
import { useKeel } from '../../../src/state/store';
import { DEFAULT_SETTINGS } from '../../../src/storage/types';
import { freshDatabase } from '../helpers';
import { entry, newKey } from './backupHelpers';

describe('importing while the journal locks', () => {
  it('does not open the journal again when it was locked during the import', async () => {
    freshDatabase();
    const key = await newKey();
    useKeel
      .getState()
      .open(
        key,
        { entries: [], drafts: [], tags: [], settings: DEFAULT_SETTINGS, unreadable: 0 },
        false,
      );
    const importing = applyImport(
      { entries: [{ id: 'a', createdAt: 1, value: entry('a', 'private words') }] },
      'replace',
    );
    useKeel.getState().resetAll();
    await importing;
    expect(useKeel.getState().phase).toBe('locked');
    expect(useKeel.getState().key).toBeNull();
    expect(useKeel.getState().entries.size).toBe(0);
  });

  it('loads the imported journal into the store when it stays open', async () => {
    freshDatabase();
    const key = await newKey();
    useKeel
      .getState()
      .open(
        key,
        { entries: [], drafts: [], tags: [], settings: DEFAULT_SETTINGS, unreadable: 0 },
        false,
      );
    await applyImport(
      { entries: [{ id: 'a', createdAt: 1, value: entry('a', 'private words') }] },
      'replace',
    );
    expect(useKeel.getState().entries.get('a')?.text).toBe('private words');
    expect(useKeel.getState().status).toBe('The backup is in. Your journal has 1 entry.');
  });
});
