import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ASK_AGAIN_AFTER_MS,
  askAtSaves,
  askOnceAfterFirstEntry,
  formatBytes,
  storageAnswer,
} from '../../../src/app/pwa/persistentStorage';
import { StorageNote } from '../../../src/app/pwa/StorageNote';
import { StorageSettings } from '../../../src/app/pwa/StorageSettings';
import { useKeel } from '../../../src/state/store';
import type { Entry } from '../../../src/storage/types';

function entry(id: string): Entry {
  return {
    id,
    createdAt: 1,
    updatedAt: 1,
    happenedAt: 1,
    text: 'words',
    mood: null,
    feelings: [],
    events: [],
  };
}

function fakeStorage(persisted: boolean, grant = false) {
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = grant;
      return grant;
    }),
    estimate: vi.fn(async () => ({ usage: 1_234_567, quota: 2_000_000_000 })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  useKeel.getState().resetAll('starting');
});

describe('formatting sizes', () => {
  it('shows sizes in plain units with at most one decimal', () => {
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(45_600_000, 'en')).toBe('46 MB');
    expect(formatBytes(3_500, 'en')).toBe('3.5 kB');
    expect(formatBytes(2_100_000_000, 'en')).toBe('2.1 GB');
    expect(formatBytes(0, 'en')).toBe('0 byte');
  });
});

describe('asking to keep storage', () => {
  it('asks once, when the first entry is saved, and never again', () => {
    const ask = vi.fn(async () => true);
    useKeel.setState({ phase: 'open', entries: new Map() });
    const stop = askOnceAfterFirstEntry(ask);
    useKeel.getState().setStatus('typing');
    expect(ask).not.toHaveBeenCalled();
    useKeel.getState().putEntry(entry('a'));
    useKeel.getState().putEntry(entry('b'));
    useKeel.getState().removeEntry('a');
    useKeel.getState().removeEntry('b');
    useKeel.getState().putEntry(entry('c'));
    expect(ask).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not ask when a journal that already has entries is opened', () => {
    const ask = vi.fn(async () => true);
    const stop = askOnceAfterFirstEntry(ask);
    useKeel.setState({ phase: 'open', entries: new Map([['a', entry('a')]]) });
    expect(ask).not.toHaveBeenCalled();
    stop();
  });

  it('asks again at a later save while the browser has not agreed, at most once a day', async () => {
    let now = 1_000;
    const ask = vi.fn(async () => false);
    useKeel.setState({ phase: 'open', entries: new Map([['a', entry('a')]]) });
    const stop = askAtSaves(ask, () => now);
    useKeel.getState().putEntry(entry('b'));
    expect(ask).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(storageAnswer()).toBe(false));
    now += ASK_AGAIN_AFTER_MS - 1;
    useKeel.getState().putEntry(entry('c'));
    expect(ask).toHaveBeenCalledTimes(1);
    now += 1;
    useKeel.getState().putEntry(entry('d'));
    expect(ask).toHaveBeenCalledTimes(2);
    stop();
  });

  it('says plainly after a save that the storage may be cleared, and what helps', async () => {
    const ask = vi.fn(async () => false);
    useKeel.setState({ phase: 'open', entries: new Map() });
    const stop = askAtSaves(ask);
    render(<StorageNote />);
    act(() => useKeel.getState().putEntry(entry('a')));
    const note = await screen.findByRole('note', { name: 'Storage on this device' });
    expect(note).toHaveTextContent(/Safari among them/);
    expect(note).toHaveTextContent(/Adding Keel to your home screen helps/);
    expect(note).toHaveTextContent(/a backup kept somewhere safe/);
    stop();
  });
});

describe('the storage section in settings', () => {
  it('says plainly when the browser has agreed to keep the journal, and how much it uses', async () => {
    fakeStorage(true);
    render(<StorageSettings />);
    expect(await screen.findByText(/has agreed to keep Keel’s storage/)).toBeInTheDocument();
    expect(screen.getByText(/Keel uses about 1\.2 MB on this device/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask the browser to keep it' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Storage on this device' })).toBeInTheDocument();
  });

  it('offers to ask when the browser has not promised, and reports the answer kindly', async () => {
    const storage = fakeStorage(false, false);
    render(<StorageSettings />);
    expect(await screen.findByText(/has not promised to keep/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep it' }));
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/The browser said not now/)).toBeInTheDocument();
  });

  it('updates once the browser agrees', async () => {
    fakeStorage(false, true);
    render(<StorageSettings />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ask the browser to keep it' }),
    );
    expect(await screen.findByText('The browser will keep Keel’s storage.')).toBeInTheDocument();
    expect(await screen.findByText(/has agreed to keep Keel’s storage/)).toBeInTheDocument();
  });

  it('says so when the browser does not tell', async () => {
    render(<StorageSettings />);
    expect(await screen.findByText(/does not say whether it will keep/)).toBeInTheDocument();
    expect(screen.getByText(/does not say how much space/)).toBeInTheDocument();
  });
});
