import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { makeBackup, readBackupFile } from '../../../src/features/backup/backup';
import { loadJournal } from '../../../src/storage/entryReads';
import { putEntries } from '../../../src/storage/writes';
import { readKeyring } from '../../../src/storage/keyringStore';
import { database } from '../../../src/storage/schema';
import type { Entry } from '../../../src/storage/types';
import { DEFAULT_ARGON2, MIN_ARGON2, newArgon2Params } from '../../../src/crypto/kdf';
import {
  changePassphrase,
  unlockStored,
  WrongPassphraseError,
} from '../../../src/storage/passphrase';
import { replaceLockedJournal } from '../../../src/features/lock/restoreLocked';
import { openVault } from '../../../src/state/openVault';
import { QUICK_KDF } from '../backup/backupHelpers';
import { freshDatabase } from '../helpers';

configure({ asyncUtilTimeout: 20_000 });
vi.setConfig({ testTimeout: 90_000 });

const LOCKED_PASSPHRASE = 'the one I forgot';
const BACKUP_PASSPHRASE = 'river stone lantern';
const quick = () => newArgon2Params({ ...DEFAULT_ARGON2, ...MIN_ARGON2 });

function entry(id: string, text: string): Entry {
  const at = 1_700_000_000_000;
  return {
    id,
    createdAt: at,
    updatedAt: at,
    happenedAt: at,
    text,
    mood: 2,
    feelings: [],
    events: [],
  };
}

/** A journal holding one entry; returns its key. */
async function journalWith(text: string, id: string): Promise<CryptoKey> {
  freshDatabase();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  await putEntries(opening.key, [entry(id, text)]);
  return opening.key;
}

/** A backup file of a journal holding one entry, and then a locked journal holding another. */
async function backupThenLockedJournal(): Promise<File> {
  const backupKey = await journalWith('Written before, kept in the backup', 'b1');
  const made = await makeBackup(backupKey, BACKUP_PASSPHRASE, Date.now(), QUICK_KDF);
  await journalWith('Written in the locked journal', 'l1');
  await changePassphrase('', LOCKED_PASSPHRASE, { kdf: quick() });
  return new File([made.blob], 'keel-backup.keel');
}

describe('Forgotten passphrase on the lock screen', () => {
  it('says plainly the journal cannot be opened, and restores a backup in its place', async () => {
    const file = await backupThenLockedJournal();
    render(<App />);
    await act(() => start());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Forgotten passphrase' }));
    const help = screen.getByRole('region', { name: 'If the passphrase is forgotten' });
    expect(help).toHaveTextContent(/cannot be opened without its passphrase/);
    expect(within(help).getByRole('region', { name: 'Delete everything' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeInTheDocument();

    await user.upload(within(help).getByLabelText('Backup file'), file);
    await user.type(within(help).getByLabelText('Passphrase for this backup'), BACKUP_PASSPHRASE);
    await user.click(within(help).getByRole('button', { name: 'Import' }));
    expect(await within(help).findByText(/holds 1 entry/)).toBeInTheDocument();
    await user.click(within(help).getByRole('button', { name: 'Replace the locked journal' }));

    await waitFor(() => expect(useKeel.getState().phase).toBe('open'));
    expect(await screen.findByText(/Written before, kept in the backup/)).toBeInTheDocument();
    expect(screen.queryByText(/Written in the locked journal/)).toBeNull();
    // The restored journal stays shut behind the backup's passphrase.
    expect((await readKeyring())?.protection).toBe('passphrase');
    const key = await unlockStored(BACKUP_PASSPHRASE);
    expect((await loadJournal(key)).entries.map((e) => e.id)).toEqual(['b1']);
    await expect(unlockStored(LOCKED_PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('says kindly when the passphrase does not open the backup, and is ready to try again', async () => {
    const file = await backupThenLockedJournal();
    render(<App />);
    await act(() => start());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Forgotten passphrase' }));
    const help = screen.getByRole('region', { name: 'If the passphrase is forgotten' });
    await user.upload(within(help).getByLabelText('Backup file'), file);
    await user.type(within(help).getByLabelText('Passphrase for this backup'), 'not this one');
    await user.click(within(help).getByRole('button', { name: 'Import' }));
    expect(await within(help).findByRole('alert')).toHaveTextContent(
      'That passphrase does not open this backup.',
    );
    expect(within(help).getByRole('button', { name: 'Import' })).toBeEnabled();
    expect(within(help).queryByRole('status')).toBeNull();
    expect(useKeel.getState().phase).not.toBe('open');
  });

  it('leaves the locked journal as it was when writing the backup fails', async () => {
    const file = await backupThenLockedJournal();
    const tables = await readBackupFile(file, BACKUP_PASSPHRASE);
    // The first write after the tables are cleared fails, as a full disk would.
    const tableProto = Object.getPrototypeOf(database().entries) as { bulkPut: () => unknown };
    const failing = vi
      .spyOn(tableProto, 'bulkPut')
      .mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(replaceLockedJournal(tables, BACKUP_PASSPHRASE, quick())).rejects.toThrow();
    expect(failing).toHaveBeenCalled();
    failing.mockRestore();
    const key = await unlockStored(LOCKED_PASSPHRASE);
    expect((await loadJournal(key)).entries.map((e) => e.text)).toEqual([
      'Written in the locked journal',
    ]);
  });
});
