import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lockJournal } from '../../../src/app/lock';
import { openJournal } from '../../../src/app/start';
import { useKeel, whenJournalLoaded } from '../../../src/state/store';
import { importTables } from '../../../src/features/backup/backup';
import { entriesNewestFirst, FIRST_CHUNK } from '../../../src/storage/entryReads';
import { putEntries, saveEntry } from '../../../src/storage/writes';
import { database } from '../../../src/storage/schema';
import { DEFAULT_SETTINGS, type Entry } from '../../../src/storage/types';
import { commitDraft, deleteEntry } from '../../../src/features/journal/actions';
import { draftFromEntry } from '../../../src/features/journal/newEntry';
import { JournalView } from '../../../src/features/journal/JournalView';
import { entry, newKey } from '../backup/backupHelpers';
import { freshDatabase } from '../helpers';

const DAY = 86_400_000;
const BASE = Date.UTC(2024, 0, 1);

/** `n` entries, one a day, the newest last; entry i was written on day i. */
function journal(n: number): Entry[] {
  return Array.from({ length: n }, (_, i) =>
    entry(`e${String(i).padStart(4, '0')}`, `words of day ${i}`, {
      createdAt: BASE + i * DAY,
      updatedAt: BASE + i * DAY,
      happenedAt: BASE + i * DAY,
    }),
  );
}

async function seeded(entries: Entry[]): Promise<CryptoKey> {
  freshDatabase();
  const key = await newKey();
  await putEntries(key, entries);
  return key;
}

describe('opening the journal newest first', () => {
  it('reads every entry once, newest first, even where many share a created-at time', async () => {
    const same = Array.from({ length: 23 }, (_, i) =>
      entry(`tie${String(i).padStart(2, '0')}`, 'same moment', { createdAt: BASE + 5 * DAY }),
    );
    const entries = [...journal(40), ...same];
    const key = await seeded(entries);
    const seen: string[] = [];
    const sizes: number[] = [];
    for await (const chunk of entriesNewestFirst(key, { first: 3, size: 7 })) {
      sizes.push(chunk.entries.length);
      seen.push(...chunk.entries.map((e) => e.id));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(entries.map((e) => e.id).sort());
    expect(sizes[0]).toBe(3);
    expect(sizes.length).toBeGreaterThan(5);
    const created = new Map(entries.map((e) => [e.id, e.createdAt]));
    const times = seen.map((id) => created.get(id) ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('opens with the newest entries, says it is still opening, then has them all', async () => {
    const key = await seeded(journal(FIRST_CHUNK + 70));
    const { loaded } = await openJournal(key);
    const opening = useKeel.getState();
    expect(opening.phase).toBe('open');
    expect(opening.loading).toBe(true);
    expect(opening.entries.size).toBe(FIRST_CHUNK);
    expect(opening.entries.has(`e${String(FIRST_CHUNK + 69).padStart(4, '0')}`)).toBe(true);

    render(<JournalView />);
    expect(screen.getByRole('status').textContent).toBe(
      `Opening your entries… ${FIRST_CHUNK} so far.`,
    );
    expect(screen.getByRole('button', { name: 'New entry' })).toBeEnabled();

    await act(() => loaded);
    expect(useKeel.getState().loading).toBe(false);
    expect(useKeel.getState().entries.size).toBe(FIRST_CHUNK + 70);
    expect(screen.getByRole('status').textContent).toBe(`${FIRST_CHUNK + 70} entries`);
  });

  it('drops a chunk that arrives after the journal was locked', async () => {
    const key = await seeded(journal(FIRST_CHUNK + 30));
    const { loaded } = await openJournal(key);
    const epoch = useKeel.getState().epoch;
    const stillLoading = whenJournalLoaded();
    await lockJournal();
    await loaded;
    expect(await stillLoading).toBe(false);
    const state = useKeel.getState();
    expect(state.phase).toBe('locked');
    expect(state.key).toBeNull();
    expect(state.entries.size).toBe(0);
    // A result for the old opening, however late, is refused.
    expect(useKeel.getState().addLoaded(epoch, journal(3), 0, true)).toBe(false);
    expect(useKeel.getState().entries.size).toBe(0);
  });

  it('keeps what was saved or deleted while loading, whatever a late chunk holds', async () => {
    const entries = journal(10);
    const key = await seeded(entries);
    const newest = entries.at(-1) as Entry;
    const gone = entries.at(-2) as Entry;
    // Opened with the newest two; the rest are still to come (as openJournal leaves it).
    const epoch = useKeel.getState().open(
      key,
      {
        entries: [newest, gone],
        drafts: [],
        tags: [],
        settings: DEFAULT_SETTINGS,
        unreadable: 0,
      },
      false,
      { loading: true },
    );

    // An edit of a loaded entry, and a brand-new entry, both saved while loading.
    const edited = await commitDraft({
      ...draftFromEntry(newest, Date.now()),
      text: 'rewritten while the rest opened',
    });
    const fresh = await commitDraft({
      ...draftFromEntry(entry('x', ''), Date.now()),
      id: 'new',
      entryId: null,
      text: 'a new entry written at once',
    });
    await deleteEntry(gone.id);

    // A chunk read before those writes, carrying the old copies, arrives last.
    expect(useKeel.getState().addLoaded(epoch, entries, 0, true)).toBe(true);
    const state = useKeel.getState();
    expect(state.loading).toBe(false);
    expect(state.entries.get(newest.id)?.text).toBe('rewritten while the rest opened');
    expect(state.entries.get(edited.id)).toEqual(edited);
    expect(state.entries.get(fresh.id)?.text).toBe('a new entry written at once');
    expect(state.entries.has(gone.id)).toBe(false);
    expect(state.entries.size).toBe(entries.length - 1 + 1);
    expect(await database().entries.get(gone.id)).toBeUndefined();
  });

  it('commits an edit of an entry not opened yet onto that entry, not a copy', async () => {
    const entries = journal(FIRST_CHUNK + 30);
    const key = await seeded(entries);
    await openJournal(key);
    const oldest = entries[0] as Entry;
    expect(useKeel.getState().entries.has(oldest.id)).toBe(false);
    const saved = await commitDraft({
      ...draftFromEntry(oldest, Date.now()),
      text: 'an older day, remembered better',
    });
    expect(saved.id).toBe(oldest.id);
    expect(saved.createdAt).toBe(oldest.createdAt);
    expect(await database().entries.count()).toBe(entries.length);
  });
});

describe('merging a backup into the open journal', () => {
  it('reads afresh every row written since the journal opened', async () => {
    const entries = journal(5);
    const key = await seeded(entries);
    const { loaded } = await openJournal(key);
    await loaded;
    const first = entries[0] as Entry;
    // Written behind the store's back (another tab): a new IV, and a newer edit.
    await saveEntry(key, { ...first, text: 'changed elsewhere', updatedAt: first.updatedAt + 10 });
    const { entryIvs, entries: here } = useKeel.getState();
    const known = new Map(
      [...entryIvs].map(([id, iv]) => [id, { iv, value: here.get(id) as Entry }]),
    );
    // The backup has an edit newer than the store's copy but older than the one stored.
    const outcome = await importTables(
      key,
      {
        entries: [
          {
            id: first.id,
            createdAt: first.createdAt,
            value: { ...first, text: 'from the backup', updatedAt: first.updatedAt + 5 },
          },
        ],
      },
      'merge',
      { entries: known },
    );
    expect(outcome.updated).toBe(0);
    expect(outcome.entriesAfter).toBe(5);
  });
});
