import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/state/store';
import type { Entry } from '../../../src/storage/types';
import {
  compareNewestFirst,
  matchesFilters,
  narrowSorted,
  newestFirst,
  newestFirstFrom,
  visibleEntries,
} from '../../../src/features/journal/filter';
import { loadSearch, searchEntries } from '../../../src/features/journal/searchIndex';
import { startSession } from '../../../src/state/session';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

function entry(id: string, patch: Partial<Entry> = {}): Entry {
  return {
    id,
    createdAt: at(2026, 3, 1),
    updatedAt: at(2026, 3, 1),
    happenedAt: at(2026, 3, 1),
    text: '',
    mood: null,
    feelings: [],
    events: [],
    ...patch,
  };
}

describe('filtering the journal', () => {
  const a = entry('a', {
    mood: 2,
    feelings: ['f01', 'f02'],
    events: ['e01'],
    happenedAt: at(2026, 3, 1, 23),
  });
  const b = entry('b', { mood: 4, feelings: ['f02'], happenedAt: at(2026, 3, 2, 0) });
  const c = entry('c', { mood: null, events: ['e03'], happenedAt: at(2026, 3, 5) });

  it('keeps entries with every chosen feeling and event', () => {
    expect(
      visibleEntries([a, b, c], { ...NO_FILTERS, feelings: ['f02'] }, null).map((e) => e.id),
    ).toEqual(['b', 'a']);
    expect(
      visibleEntries([a, b, c], { ...NO_FILTERS, feelings: ['f01', 'f02'] }, null).map((e) => e.id),
    ).toEqual(['a']);
    expect(
      visibleEntries([a, b, c], { ...NO_FILTERS, events: ['e03'] }, null).map((e) => e.id),
    ).toEqual(['c']);
  });

  it('keeps entries whose mood is one of those chosen, and never one with no mood', () => {
    expect(
      visibleEntries([a, b, c], { ...NO_FILTERS, moods: [2, 4] }, null).map((e) => e.id),
    ).toEqual(['b', 'a']);
    expect(matchesFilters(c, { ...NO_FILTERS, moods: [1, 2, 3, 4, 5] })).toBe(false);
  });

  it('treats the date range as whole local days, both ends included', () => {
    const range = { ...NO_FILTERS, from: '2026-03-01', to: '2026-03-01' };
    expect(visibleEntries([a, b, c], range, null).map((e) => e.id)).toEqual(['a']);
    expect(
      visibleEntries([a, b, c], { ...NO_FILTERS, from: '2026-03-02' }, null).map((e) => e.id),
    ).toEqual(['c', 'b']);
    expect(
      visibleEntries([a, b, c], { ...NO_FILTERS, to: '2026-03-02' }, null).map((e) => e.id),
    ).toEqual(['b', 'a']);
  });

  it('lists newest first by when it happened, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            happenedAt: fc.integer({ min: 0, max: 1e12 }),
            createdAt: fc.integer({ min: 0, max: 1e12 }),
          }),
          {
            maxLength: 30,
          },
        ),
        (times) => {
          const entries = times.map((t, i) => entry(String(i), t));
          const shown = visibleEntries(entries, NO_FILTERS, null);
          expect(shown).toHaveLength(entries.length);
          for (let i = 1; i < shown.length; i += 1) {
            expect(
              compareNewestFirst(shown[i - 1] as Entry, shown[i] as Entry),
            ).toBeLessThanOrEqual(0);
          }
          expect(visibleEntries([...entries].reverse(), NO_FILTERS, null)).toEqual(shown);
        },
      ),
    );
  });
});

describe('searching the journal', () => {
  it('finds entries by whole words and by the start of a word, and follows edits and deletes', async () => {
    startSession(await importDataKey(newRawDataKey()));
    await loadSearch();
    const river = entry('r', { text: 'Walked by the river with my sister' });
    const work = entry('w', { text: 'A long day at work' });
    let entries = new Map([river, work].map((e) => [e.id, e]));
    expect([...(searchEntries(entries, 'river') ?? [])]).toEqual(['r']);
    expect([...(searchEntries(entries, 'sis') ?? [])]).toEqual(['r']);
    expect([...(searchEntries(entries, 'river work') ?? [])]).toEqual([]);
    expect(searchEntries(entries, '  ')?.size).toBe(2);

    entries = new Map(entries).set('w', { ...work, text: 'A long day by the river' });
    expect([...(searchEntries(entries, 'river') ?? [])].sort()).toEqual(['r', 'w']);
    entries = new Map(entries);
    entries.delete('r');
    expect([...(searchEntries(entries, 'river') ?? [])]).toEqual(['w']);
    entries = new Map(entries).set('n', entry('n', { text: 'new words about the river' }));
    expect([...(searchEntries(entries, 'river') ?? [])].sort()).toEqual(['n', 'w']);
  });
});

describe('keeping the journal in order while it opens', () => {
  const byId = (list: Entry[]) => new Map(list.map((e) => [e.id, e]));
  const arbitraryEntries = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      happenedAt: fc.integer({ min: 0, max: 20 }),
      createdAt: fc.integer({ min: 0, max: 20 }),
    }),
    { selector: (e) => e.id, maxLength: 40 },
  );

  it('gives the same order as sorting everything when entries are only added', () => {
    fc.assert(
      fc.property(arbitraryEntries, fc.nat(), (list, cut) => {
        const all = list.map((e) => entry(e.id, e));
        const first = byId(all.slice(0, cut % (all.length + 1)));
        const before = { entries: first, sorted: newestFirst(first.values()) };
        const entries = byId(all);
        expect(newestFirstFrom(before, entries)).toEqual(newestFirst(entries.values()));
      }),
    );
  });

  it('sorts afresh when an entry already in order changed or was removed', () => {
    const a = entry('a', { happenedAt: 1 });
    const b = entry('b', { happenedAt: 2 });
    const before = { entries: byId([a, b]), sorted: [b, a] };
    const moved = { ...a, happenedAt: 3 };
    expect(newestFirstFrom(before, byId([moved, b])).map((e) => e.id)).toEqual(['a', 'b']);
    expect(newestFirstFrom(before, byId([a])).map((e) => e.id)).toEqual(['a']);
  });
});

describe('narrowing the list to search hits', () => {
  it('shows exactly the hits that pass the filters, newest first, however the hits come', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 3 }),
            happenedAt: fc.integer({ min: 0, max: 30 }),
            mood: fc.constantFrom(null, 1, 2, 3, 4, 5),
            hit: fc.boolean(),
          }),
          { selector: (e) => e.id, maxLength: 40 },
        ),
        fc.subarray([1, 2, 3, 4, 5] as const),
        (list, moods) => {
          const all = list.map(({ id, happenedAt, mood }) => entry(id, { happenedAt, mood }));
          const sorted = newestFirst(all);
          // The search engine gives its hits in its own order (by score): here, reversed.
          const hits = new Set(
            list
              .filter((e) => e.hit)
              .map((e) => e.id)
              .reverse(),
          );
          const filters = { ...NO_FILTERS, moods: [...moods] };
          expect(narrowSorted(sorted, filters, hits)).toEqual(
            sorted.filter((e) => hits.has(e.id) && matchesFilters(e, filters)),
          );
          expect(narrowSorted(sorted, NO_FILTERS, hits)).toEqual(
            sorted.filter((e) => hits.has(e.id)),
          );
        },
      ),
    );
  });

  it('keeps the same list when nothing narrows it, and ignores hits no longer in the journal', () => {
    const sorted = newestFirst([entry('a', { happenedAt: 2 }), entry('b', { happenedAt: 1 })]);
    expect(narrowSorted(sorted, NO_FILTERS, null)).toBe(sorted);
    expect(narrowSorted(sorted, NO_FILTERS, new Set(['gone', 'b'])).map((e) => e.id)).toEqual([
      'b',
    ]);
  });
});
