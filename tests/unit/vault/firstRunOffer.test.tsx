import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { requireKey, useKeel } from '../../../src/state/store';
import { loadJournal } from '../../../src/storage/entryReads';
import { putEntries } from '../../../src/storage/writes';
import type { Entry } from '../../../src/storage/types';
import { freshDatabase } from '../helpers';

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const OFFER = 'Would you like a passphrase?';
const NOTE = 'A passphrase, if you want one';

/** What the settings row on disk says, which a reload reads (the screen changes first). */
async function storedOffer() {
  return (await loadJournal(requireKey())).settings.passphraseOffer;
}

/** Drops everything in memory and opens the same database again, as a reload would. */
async function reload() {
  act(() => useKeel.setState(useKeel.getInitialState(), true));
  await act(() => start());
}

function entry(n: number): Entry {
  const at = Date.UTC(2026, 0, n, 12);
  return {
    id: `e${n}`,
    createdAt: at,
    updatedAt: at,
    happenedAt: at,
    text: `Entry ${n}`,
    mood: 3,
    feelings: [],
    events: [],
  };
}

async function openNew() {
  freshDatabase();
  render(<App />);
  await act(() => start());
  return userEvent.setup();
}

describe('the passphrase offer', () => {
  it('stays after a reload until it is answered', async () => {
    await openNew();
    expect(await screen.findByRole('region', { name: OFFER })).toBeInTheDocument();
    await reload();
    expect(await screen.findByRole('region', { name: OFFER })).toBeInTheDocument();
  });

  it('puts both buttons before any longer explanation', async () => {
    await openNew();
    const offer = await screen.findByRole('region', { name: OFFER });
    const paragraphsBeforeButtons = within(offer)
      .getAllByRole('paragraph')
      .filter(
        (p) =>
          p.compareDocumentPosition(within(offer).getByRole('button', { name: 'Not now' })) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      );
    expect(paragraphsBeforeButtons).toHaveLength(1);
    expect(within(offer).getByRole('button', { name: 'Set a passphrase' })).toBeInTheDocument();
  });

  it('after "Not now", stays away after a reload, and Settings keeps a quiet line', async () => {
    const user = await openNew();
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('region', { name: OFFER })).toBeNull();
    await waitFor(async () => expect(await storedOffer()).toBe('not-now'));
    await reload();
    await screen.findByRole('navigation', { name: 'Main' });
    expect(screen.queryByRole('region', { name: OFFER })).toBeNull();
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', {
        name: 'Settings',
      }),
    );
    const section = await screen.findByRole('region', { name: 'Lock and passphrase' });
    expect(await within(section).findByText(/No passphrase is set/)).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Set a passphrase' })).toBeInTheDocument();
  });

  it('after "Not now", a short note follows the third entry, until it is hidden', async () => {
    const user = await openNew();
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(async () => expect(await storedOffer()).toBe('not-now'));
    await putEntries(requireKey(), [entry(1), entry(2)]);
    await reload();
    await screen.findByRole('navigation', { name: 'Main' });
    expect(screen.queryByRole('complementary', { name: NOTE })).toBeNull();

    await putEntries(requireKey(), [entry(3)]);
    await reload();
    const note = await screen.findByRole('complementary', { name: NOTE });
    await user.click(within(note).getByRole('button', { name: 'Hide this note' }));
    expect(screen.queryByRole('complementary', { name: NOTE })).toBeNull();
    await waitFor(async () => expect(await storedOffer()).toBe('done'));
    await reload();
    await screen.findByRole('navigation', { name: 'Main' });
    expect(screen.queryByRole('complementary', { name: NOTE })).toBeNull();
  });
});
