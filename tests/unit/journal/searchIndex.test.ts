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
    // Search answers only inside an open journal's session.
    const { startSession } = await import('../../../src/state/session');
    const { importDataKey, newRawDataKey } = await import('../../../src/crypto/aesGcm');
    startSession(await importDataKey(newRawDataKey()));
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

  it('answers at once after a save, even when the app has just asked the index to follow it', async () => {
    await search.loadSearch();
    const many = new Map<string, Entry>();
    for (let i = 0; i <= search.SYNC_BUILD_LIMIT; i += 1)
      many.set(`e${i}`, entry(`e${i}`, `walk ${i}`));
    const ready = new Promise<void>((resolve) => search.onIndexReady(resolve));
    search.warmIndex(many);
    await ready;
    const saved = new Map(many).set('new', entry('new', 'a garden at last'));
    search.warmIndex(saved);
    await search.loadSearch(); // the follow-up has been asked for
    expect(search.searchEntries(saved, 'garden')).toEqual(new Set(['new']));
  });

  it('never lets a catch-up still under way put back older versions of entries just saved', async () => {
    await search.loadSearch();
    const many = new Map<string, Entry>();
    for (let i = 0; i <= search.SYNC_BUILD_LIMIT; i += 1)
      many.set(`e${i}`, entry(`e${i}`, `walk ${i}`));
    const built = new Promise<void>((resolve) => search.onIndexReady(resolve));
    search.warmIndex(many);
    await built;
    // Sixty entries changed elsewhere: the index follows in slices of one change each.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
    const changed = new Map(many);
    for (let i = 0; i < 60; i += 1) changed.set(`e${i}`, entry(`e${i}`, `kitchen ${i}`));
    search.followJournal(changed);
    const slice = () => new Promise((resolve) => setTimeout(resolve, 0));
    for (let i = 0; i < 5; i += 1) await slice();
    // Then one of them is saved again and searched for: answered at once.
    const saved = new Map(changed);
    for (let i = 0; i < 60; i += 1) saved.set(`e${i}`, entry(`e${i}`, `garden ${i}`));
    expect(search.searchEntries(saved, 'garden')?.size).toBe(60);
    for (let i = 0; i < 10; i += 1) await slice();
    expect(search.searchEntries(saved, 'garden')?.size).toBe(60);
    vi.restoreAllMocks();
    for (let i = 0; i < 10; i += 1) await slice();
    expect(search.searchEntries(saved, 'garden')?.size).toBe(60);
    expect(search.searchEntries(saved, 'kitchen')?.size).toBe(0);
  });
});
