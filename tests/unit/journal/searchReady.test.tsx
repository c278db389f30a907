import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useKeel } from '../../../src/state/store';
import { DEFAULT_SETTINGS, type Entry } from '../../../src/storage/types';
import { JournalView, SEARCH_GETTING_READY } from '../../../src/features/journal/JournalView';
import { dropIndex, loadSearch, SYNC_BUILD_LIMIT } from '../../../src/features/journal/searchIndex';
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
});
