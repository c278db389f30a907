import { describe, expect, it, vi } from 'vitest';
import { deleteEverything, WIPE_FAILED_MESSAGE } from '../../../src/app/deleteEverything';
import { openJournal } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import * as wipe from '../../../src/storage/wipe';
import { openVault } from '../../../src/state/openVault';
import { freshDatabase } from '../helpers';

async function openFresh(): Promise<void> {
  freshDatabase();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  await openJournal(opening.key);
}

describe('Delete everything', () => {
  it('removes the database and says it is done, without starting a new journal', async () => {
    await openFresh();
    await deleteEverything();
    expect(useKeel.getState().phase).toBe('wiped');
    expect(useKeel.getState().key).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('keel');
  });

  it('says so kindly when the wipe fails, with nothing left open on screen', async () => {
    await openFresh();
    const spy = vi.spyOn(wipe, 'wipeStorage').mockRejectedValueOnce(new Error('blocked'));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(deleteEverything()).rejects.toThrow('blocked');
    spy.mockRestore();
    quiet.mockRestore();
    expect(useKeel.getState().phase).toBe('failed');
    expect(useKeel.getState().problem).toBe(WIPE_FAILED_MESSAGE);
    expect(useKeel.getState().key).toBeNull();
    expect(useKeel.getState().entries.size).toBe(0);
  });
});
