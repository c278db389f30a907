import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { openJournal } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { openTabChannel, type TabMessage } from '../../../src/lib/tabChannel';
import { loadJournal, readEntry } from '../../../src/storage/entryReads';
import { putEntries } from '../../../src/storage/writes';
import type { Entry } from '../../../src/storage/types';
import { PassphraseForm } from '../../../src/features/lock/PassphraseForm';
import { hasPassphrase } from '../../../src/storage/passphrase';
import { openVault } from '../../../src/state/openVault';
import { freshDatabase } from '../helpers';

const entry: Entry = {
  id: 'e1',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  happenedAt: 1_700_000_000_000,
  text: 'written before any passphrase',
  mood: 3,
  feelings: [],
  events: [],
};

async function openJournalWithAnEntry(): Promise<CryptoKey> {
  freshDatabase();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  await putEntries(opening.key, [entry]);
  await openJournal(opening.key);
  return opening.key;
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('the passphrase form', () => {
  it('asks browsers not to save or fill any passphrase field, and says why', () => {
    render(<PassphraseForm action="change" onDone={() => {}} onCancel={() => {}} />);
    for (const label of ['Current passphrase', 'New passphrase', 'New passphrase again']) {
      const field = screen.getByLabelText(label);
      expect(field).toHaveAttribute('autocomplete', 'off');
      expect(field).toHaveAttribute('data-1p-ignore');
    }
    expect(screen.getByText(/offers to save this passphrase, choose “Never”/)).toBeVisible();
  });

  it('offers "Make a new key" on a change, with a plain reason', () => {
    render(<PassphraseForm action="change" onDone={() => {}} onCancel={() => {}} />);
    expect(screen.getByRole('checkbox', { name: 'Make a new key' })).toBeChecked();
    expect(screen.getByText(/someone may have known your old passphrase/i)).toBeVisible();
  });

  it('estimates strength as the person types, and never blocks 8 or more characters', async () => {
    await openJournalWithAnEntry();
    const done = vi.fn();
    render(<PassphraseForm action="set" onDone={done} onCancel={() => {}} />);
    type('New passphrase', 'password');
    expect(screen.getByText(/easy to guess/)).toBeVisible();
    type('New passphrase', 'harbour velvet ninety lantern');
    expect(screen.getByText(/^Strong/)).toBeVisible();
    type('New passphrase', 'password');
    type('New passphrase again', 'password');
    fireEvent.click(screen.getByRole('button', { name: 'Set passphrase' }));
    await waitFor(() => expect(done).toHaveBeenCalled(), { timeout: 30_000 });
    expect(await hasPassphrase()).toBe(true);
  }, 40_000);

  it('setting a first passphrase gives the open journal the new key, which reads every entry', async () => {
    const oldKey = await openJournalWithAnEntry();
    const done = vi.fn();
    render(<PassphraseForm action="set" onDone={done} onCancel={() => {}} />);
    type('New passphrase', 'harbour velvet ninety lantern');
    type('New passphrase again', 'harbour velvet ninety lantern');
    fireEvent.click(screen.getByRole('button', { name: 'Set passphrase' }));
    await waitFor(() => expect(done).toHaveBeenCalled(), { timeout: 30_000 });
    const key = useKeel.getState().key;
    expect(key).not.toBeNull();
    expect(key).not.toBe(oldKey);
    expect((await loadJournal(key!)).entries.map((e) => e.text)).toEqual([entry.text]);
    expect(await readEntry(oldKey, entry.id)).toBeUndefined();
  }, 40_000);

  it('setting a first passphrase locks every other Keel tab, which holds the old key', async () => {
    await openJournalWithAnEntry();
    const otherTab = openTabChannel();
    const heard: TabMessage[] = [];
    otherTab.listen((message) => heard.push(message));
    try {
      const done = vi.fn();
      render(<PassphraseForm action="set" onDone={done} onCancel={() => {}} />);
      type('New passphrase', 'harbour velvet ninety lantern');
      type('New passphrase again', 'harbour velvet ninety lantern');
      fireEvent.click(screen.getByRole('button', { name: 'Set passphrase' }));
      await waitFor(() => expect(done).toHaveBeenCalled(), { timeout: 30_000 });
      await waitFor(() => expect(heard).toContainEqual({ type: 'lock' }));
    } finally {
      otherTab.close();
    }
  }, 40_000);

  it('Cancel while the key is being made stops it and changes nothing', async () => {
    await openJournalWithAnEntry();
    const done = vi.fn();
    render(<PassphraseForm action="set" onDone={done} onCancel={() => {}} />);
    type('New passphrase', 'harbour velvet ninety lantern');
    type('New passphrase again', 'harbour velvet ninety lantern');
    fireEvent.click(screen.getByRole('button', { name: 'Set passphrase' }));
    await screen.findByText(/Making the key/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/Stopped\. Nothing has been changed/)).toBeVisible();
    expect(done).not.toHaveBeenCalled();
    expect(await hasPassphrase()).toBe(false);
  }, 40_000);
});
