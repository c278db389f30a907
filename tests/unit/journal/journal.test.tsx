import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { App, preloadViews } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import * as entryReads from '../../../src/storage/entryReads';
import * as writes from '../../../src/storage/writes';
import { flushDraftSave } from '../../../src/features/journal/autosave';
import { freshDatabase } from '../helpers';

// The editor, entry view and Settings load lazily; the app fetches them when idle after
// opening. Load them up front so each test sees them at once, as a person would.
beforeAll(() => preloadViews());

async function openApp() {
  freshDatabase();
  render(<App />);
  await act(() => start());
  // The views the app fetches when idle; here they are loaded before the first click.
  await act(() => preloadViews());
  return userEvent.setup();
}

async function writeEntry(user: ReturnType<typeof userEvent.setup>, text: string, mood = '3') {
  await user.click(screen.getByRole('button', { name: 'New entry' }));
  await user.type(await screen.findByRole('textbox', { name: 'Entry text' }), text);
  await user.click(
    within(screen.getByRole('radiogroup', { name: 'Mood' })).getByRole('radio', {
      name: new RegExp(`^${mood}`),
    }),
  );
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

describe('writing in the journal', () => {
  it('saves an entry with a mood and a feeling, and lists it', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    await user.type(await screen.findByRole('textbox', { name: 'Entry text' }), 'A quiet evening');
    await user.click(screen.getByRole('radio', { name: /^4/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Relief' }));
    await user.click(screen.getByRole('checkbox', { name: 'Self-care' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getByText('A quiet evening')).toBeInTheDocument();
    expect(screen.getByText('Feelings: Relief')).toBeInTheDocument();
    expect(screen.getByText('Events: Self-care')).toBeInTheDocument();
    const stored = [...useKeel.getState().entries.values()];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      text: 'A quiet evening',
      mood: 4,
      feelings: ['f04'],
      events: ['e09'],
    });
  });

  it('keeps the typed text on screen and says so kindly when the disk is full', async () => {
    const user = await openApp();
    vi.spyOn(writes, 'saveEntry').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await writeEntry(user, 'Words I must not lose');
    expect(await screen.findByRole('alert')).toHaveTextContent(/out of space/);
    expect(await screen.findByRole('textbox', { name: 'Entry text' })).toHaveValue(
      'Words I must not lose',
    );
    expect(useKeel.getState().entries.size).toBe(0);
  });

  it('autosaves a draft that a new start finds again', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    await user.type(await screen.findByRole('textbox', { name: 'Entry text' }), 'half a thought');
    await act(() => flushDraftSave());

    useKeel.setState(useKeel.getInitialState(), true);
    await act(() => start());
    expect(await screen.findByText(/kept as a draft/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    expect(await screen.findByRole('textbox', { name: 'Entry text' })).toHaveValue(
      'half a thought',
    );
  });

  it('deletes an entry and brings it back with Undo', async () => {
    const user = await openApp();
    await writeEntry(user, 'Keep me');
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByRole('button', { name: 'Delete entry' }));
    expect(await screen.findByText('Entry deleted.')).toBeInTheDocument();
    expect(useKeel.getState().entries.size).toBe(0);
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    // Undo writes to storage first, then puts the entry back: wait for it, not for a time.
    await vi.waitFor(() =>
      expect([...useKeel.getState().entries.values()].map((e) => e.text)).toEqual(['Keep me']),
    );
    const journal = await entryReads.loadJournal(useKeel.getState().key as CryptoKey);
    expect(journal.entries.map((e) => e.text)).toEqual(['Keep me']);
  });

  it('never adds a browser history entry when moving between views', async () => {
    const user = await openApp();
    const before = window.history.length;
    for (const name of ['Patterns', 'Reflect', 'Safety', 'Settings', 'Journal']) {
      await user.click(screen.getByRole('button', { name }));
    }
    await writeEntry(user, 'x');
    await screen.findByRole('button', { name: 'Edit' });
    expect(window.history.length).toBe(before);
    expect(window.location.href).not.toContain('x');
  });
});
