import { describe, expect, it, vi } from 'vitest';
import { openJournal } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { updateSettings } from '../../../src/state/updateSettings';
import * as entryReads from '../../../src/storage/entryReads';
import * as writes from '../../../src/storage/writes';
import { openVault } from '../../../src/state/openVault';
import { freshDatabase } from '../helpers';

async function openFresh(): Promise<CryptoKey> {
  freshDatabase();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  await openJournal(opening.key);
  return opening.key;
}

describe('changing a setting', () => {
  it('shows the change before the write finishes, and stores it', async () => {
    const key = await openFresh();
    const saving = updateSettings({ lockWhenHidden: true });
    expect(useKeel.getState().settings.lockWhenHidden).toBe(true);
    await saving;
    expect((await entryReads.loadJournal(key)).settings.lockWhenHidden).toBe(true);
  });

  it('puts the setting back and reports the failure when the write fails', async () => {
    const key = await openFresh();
    const spy = vi.spyOn(writes, 'saveSettings').mockRejectedValueOnce(new Error('disk full'));
    await expect(updateSettings({ lockWhenHidden: true })).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(useKeel.getState().settings.lockWhenHidden).toBe(false);
    expect((await entryReads.loadJournal(key)).settings.lockWhenHidden).toBe(false);
  });

  it('keeps the later of two quick changes', async () => {
    const key = await openFresh();
    await Promise.all([
      updateSettings({ idleLockMinutes: 1 }),
      updateSettings({ idleLockMinutes: 30 }),
    ]);
    expect(useKeel.getState().settings.idleLockMinutes).toBe(30);
    expect((await entryReads.loadJournal(key)).settings.idleLockMinutes).toBe(30);
  });

  it('marks a change with its time, but not a note Keel keeps (when the last backup was made)', async () => {
    const key = await openFresh();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(1_000);
    await updateSettings({ tabTitle: 'Weather' });
    clock.mockReturnValue(2_000);
    await updateSettings({ lastBackupAt: 2_000 }, { edit: false });
    clock.mockRestore();
    const stored = (await entryReads.loadJournal(key)).settings;
    expect(stored).toMatchObject({ tabTitle: 'Weather', lastBackupAt: 2_000, updatedAt: 1_000 });
    expect(useKeel.getState().settings.updatedAt).toBe(1_000);
  });
});
