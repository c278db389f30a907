import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useKeel } from '../../../src/state/store';
import { database } from '../../../src/storage/schema';
import { openRow, SETTINGS_ID } from '../../../src/storage/sealedRows';
import { FirstRunOffer } from '../../../src/features/lock/FirstRunOffer';
import { LockScreen } from '../../../src/features/lock/LockScreen';
import { LockActionsContext } from '../../../src/features/lock/lockActions';
import { LOCK_ACTIONS } from '../../../src/app/lockActions';
import { readAttempts, recordFailure } from '../../../src/features/lock/attempts';
import { addTries, failedTriesLine } from '../../../src/features/lock/failedTries';
import en from '../../../src/ui/i18n/messages/en';
import { translate, type Translate } from '../../../src/ui/i18n/i18n';
import { DEFAULT_ARGON2, MIN_ARGON2, newArgon2Params } from '../../../src/crypto/kdf';
import { changePassphrase } from '../../../src/storage/passphrase';
import { openVault } from '../../../src/state/openVault';
import { freshDatabase } from '../helpers';

const t: Translate = (key, params) => translate(en, 'en', key, params);

/** The lock screen as the app shows it, with the app's actions. */
function renderLockScreen() {
  return render(
    <LockActionsContext value={LOCK_ACTIONS}>
      <LockScreen />
    </LockActionsContext>,
  );
}

const quick = () => newArgon2Params({ ...DEFAULT_ARGON2, ...MIN_ARGON2 });

beforeEach(() => localStorage.clear());

async function lockedJournal(passphrase: string): Promise<void> {
  freshDatabase();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  await changePassphrase('', passphrase, { kdf: quick() });
  useKeel.getState().resetAll('locked');
}

async function tryPassphrase(passphrase: string) {
  fireEvent.change(await screen.findByLabelText('Passphrase'), { target: { value: passphrase } });
  fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
}

describe('wrong passphrases tried while locked', () => {
  it('are told quietly after a correct unlock: how many, and when the last was', async () => {
    await lockedJournal('first light');
    renderLockScreen();
    await tryPassphrase('not it');
    await screen.findByText(/did not open Keel/, {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled());
    await tryPassphrase('nor this');
    await waitFor(() => expect(readAttempts().failures).toBe(2), { timeout: 10_000 });
    const lastAt = readAttempts().lastFailureAt;
    await waitFor(() => expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled());
    await tryPassphrase('first light');
    await waitFor(() => expect(useKeel.getState().settings.failedTries?.count).toBe(2), {
      timeout: 10_000,
    });

    // The plain count leaves localStorage once the sealed settings hold it (the store shows
    // the new settings a moment before the write ends, so wait for both).
    await waitFor(async () => {
      const row = await database().settings.get(SETTINGS_ID);
      const stored = (await openRow(useKeel.getState().key!, 'settings', row!)) as {
        failedTries?: unknown;
      };
      expect(stored.failedTries).toEqual({ count: 2, lastAt });
      expect(localStorage.getItem('keel.unlock')).toBeNull();
    });

    render(<FirstRunOffer />);
    expect(
      screen.getByText(/Since Keel was last opened, 2 wrong passphrases were tried/),
    ).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(useKeel.getState().settings.failedTries).toBeNull());
    expect(screen.queryByText(/wrong passphrases were tried/)).toBeNull();
  }, 30_000);

  it('says nothing when every try was right', async () => {
    await lockedJournal('first light');
    renderLockScreen();
    await tryPassphrase('first light');
    await waitFor(() => expect(useKeel.getState().phase).toBe('open'), { timeout: 10_000 });
    render(<FirstRunOffer />);
    expect(screen.queryByText(/wrong passphrase/)).toBeNull();
  }, 30_000);

  it('the lock screen shows Cancel while the key is made, and Cancel stops it without counting a try', async () => {
    await lockedJournal('first light');
    renderLockScreen();
    await tryPassphrase('first light');
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/Stopped/)).toBeVisible();
    expect(useKeel.getState().phase).toBe('locked');
    expect(readAttempts().failures).toBe(0);
  }, 30_000);

  it('adds tries not yet seen to new ones, keeping the latest time', () => {
    expect(addTries(null, { failures: 0, lastFailureAt: 0 })).toBeNull();
    expect(addTries({ count: 2, lastAt: 10 }, { failures: 1, lastFailureAt: 20 })).toEqual({
      count: 3,
      lastAt: 20,
    });
    expect(failedTriesLine({ count: 1, lastAt: Date.UTC(2026, 0, 5, 9) }, t, 'en-GB')).toMatch(
      /^Since Keel was last opened, 1 wrong passphrase was tried \(5 January 2026/,
    );
    recordFailure(5);
    expect(readAttempts()).toEqual({ failures: 1, lastFailureAt: 5 });
  });
});
