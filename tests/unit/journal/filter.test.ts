import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/state/store';
import type { Entry } from '../../../src/storage/types';
import {
  compareNewestFirst,
  matchesFilters,
  visibleEntries,
} from '../../../src/features/journal/filter';
import { dropIndex, loadSearch, searchEntries } from '../../../src/features/journal/searchIndex';

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
    dropIndex();
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
