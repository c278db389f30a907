import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useKeel } from '../../../src/state/store';
import { DEFAULT_SETTINGS, type Entry } from '../../../src/storage/types';
import { JournalView, SEARCH_GETTING_READY } from '../../../src/features/journal/JournalView';
import {
  dropIndex,
  loadSearch,
  onIndexReady,
  searchReadyFor,
  SYNC_BUILD_LIMIT,
  warmIndex,
} from '../../../src/features/journal/searchIndex';
import { entry, newKey } from '../backup/backupHelpers';

/** A journal too large to index at once: every third entry mentions the garden. */
function journal(n: number): Entry[] {
  return Array.from({ length: n }, (_, i) =>
    entry(`e${i}`, i % 3 === 0 ? `Garden day ${i}` : `River walk ${i}`, {
      createdAt: i,
      updatedAt: i,
      happenedAt: i,
    }),
  );
}

async function openWith(entries: Entry[]) {
  const key = await newKey();
  await loadSearch();
  useKeel
    .getState()
    .open(
      key,
      { entries, drafts: [], tags: [], settings: { ...DEFAULT_SETTINGS }, unreadable: 0 },
      false,
    );
  render(<JournalView />);
  return userEvent.setup();
}

const rows = () =>
  within(screen.getByRole('region', { name: 'Entries' })).queryAllByRole('listitem');

afterEach(() => {
  vi.unstubAllGlobals();
  dropIndex();
  useKeel.getState().resetAll();
});

describe('search in a large journal', () => {
  it('says search is getting ready and lists nothing until the whole journal can be searched', async () => {
    const total = SYNC_BUILD_LIMIT * 2;
    await openWith(journal(total));
    dropIndex(); // as just after unlock: nothing indexed yet
    // One input event, as a paste: the answer is asked for before any indexing has run.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search entries' }), {
      target: { value: 'garden' },
    });

    expect(screen.getByRole('status')).toHaveTextContent(SEARCH_GETTING_READY);
    expect(rows()).toHaveLength(0);

    const found = Math.ceil(total / 3);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(`${found} of ${total} entries`),
    );
    expect(rows().length).toBeGreaterThan(0);
    for (const row of rows()) expect(row).toHaveTextContent(/Garden day/);
  });

  it('answers from the index it keeps once more entries arrive, after catching up with them', async () => {
    const all = journal(SYNC_BUILD_LIMIT * 3);
    const first = all.slice(0, SYNC_BUILD_LIMIT * 2);
    const user = await openWith(first);
    const box = screen.getByRole('searchbox', { name: 'Search entries' });
    await user.type(box, 'garden');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/ of 2000 entries/));

    const epoch = useKeel.getState().epoch;
    act(() => {
      useKeel.setState({ loading: true });
      useKeel.getState().addLoaded(epoch, all.slice(first.length), 0, true, new Map());
    });
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        `${all.length / 3} of ${all.length} entries`,
      ),
    );
  });

  it('follows a journal still opening chunk by chunk without waiting for the browser to be idle', async () => {
    // A browser kept busy (by the indexing itself, among others) never calls back when idle.
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const all = journal(SYNC_BUILD_LIMIT * 3);
    const first = all.slice(0, SYNC_BUILD_LIMIT * 2);
    await openWith(first);
    const begun = new Promise<void>((resolve) => onIndexReady(resolve));
    warmIndex(useKeel.getState().entries); // indexing has begun
    await begun;

    const epoch = useKeel.getState().epoch;
    act(() => {
      useKeel.setState({ loading: true });
      useKeel.getState().addLoaded(epoch, all.slice(first.length), 0, true, new Map());
    });
    await waitFor(() => expect(searchReadyFor(useKeel.getState().entries)).toBe(true));
  });

  it('answers a search with the keystroke itself, not a render later, in a journal of 10,000 or fewer', async () => {
    await openWith(journal(30));
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search entries' });
    // Outside act(), so React renders only what the input event itself asks for.
    const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined };
    const wasAct = env.IS_REACT_ACT_ENVIRONMENT;
    env.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(box, 'garden');
      box.dispatchEvent(new Event('input', { bubbles: true }));
      expect(screen.getByRole('status')).toHaveTextContent('10 of 30 entries');
    } finally {
      env.IS_REACT_ACT_ENVIRONMENT = wasAct;
    }
  });
});
