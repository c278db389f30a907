import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../../src/storage/types';

type SearchModule = typeof import('../../../src/features/journal/searchIndex');

function entry(id: string, text: string): Entry {
  return {
    id,
    createdAt: 1,
    updatedAt: 1,
    happenedAt: 1,
    text,
    mood: null,
    feelings: [],
    events: [],
  };
}

const entries = new Map([
  ['a', entry('a', 'We walked by the river at dusk')],
  ['b', entry('b', 'A quiet morning in the garden')],
]);

describe('search loads its code on first use', () => {
  let search: SearchModule;
  beforeEach(async () => {
    vi.resetModules();
    search = await import('../../../src/features/journal/searchIndex');
  });

  it('answers "not ready" before the search code has loaded, then finds entries by a word', async () => {
    expect(search.searchLoaded()).toBe(false);
    expect(search.searchEntries(entries, 'river')).toBeNull();
    await search.loadSearch();
    expect(search.searchEntries(entries, 'river')).toEqual(new Set(['a']));
    expect(search.searchEntries(entries, 'gard')).toEqual(new Set(['b']));
  });

  it('an empty query keeps every entry, loaded or not', () => {
    expect(search.searchEntries(entries, '  ')).toEqual(new Set(['a', 'b']));
  });

  it('answers "not ready" while a large journal is indexed in slices, then the same as at once', async () => {
    await search.loadSearch();
    const many = new Map<string, Entry>();
    for (let i = 0; i <= search.SYNC_BUILD_LIMIT; i += 1) {
      const id = `e${i}`;
      many.set(id, entry(id, i % 3 === 0 ? `Garden day ${i}` : `River walk ${i}`));
    }
    const ready = new Promise<void>((resolve) => search.onIndexReady(resolve));
    expect(search.searchEntries(many, 'garden')).toBeNull();
    await ready;
    const hits = search.searchEntries(many, 'garden');
    expect(hits?.size).toBe(Math.floor(search.SYNC_BUILD_LIMIT / 3) + 1);
    expect(hits?.has('e3')).toBe(true);
    expect(hits?.has('e1')).toBe(false);
    // One entry changed: applied in place, no new build.
    const changed = new Map(many).set('e1', entry('e1', 'gardens again'));
    expect(search.searchEntries(changed, 'garden')?.has('e1')).toBe(true);
  });
});
