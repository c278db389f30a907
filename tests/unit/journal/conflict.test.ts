import { describe, expect, it } from 'vitest';
import type { StoredEntry } from '../../../src/storage/entryReads';
import type { Draft, Entry } from '../../../src/storage/types';
import { blankDraft, draftFromEntry } from '../../../src/features/journal/newEntry';
import { changedSince, findConflict, sameConflict } from '../../../src/features/journal/conflict';

const entry: Entry = {
  id: 'e1',
  createdAt: 1_000,
  updatedAt: 5_000,
  happenedAt: 1_000,
  text: 'what I wrote first',
  mood: 3,
  feelings: [],
  events: [],
};
const stored = (e: Entry): StoredEntry => ({ found: 'entry', entry: e, iv: new Uint8Array(12) });

describe('the rule for two tabs changing one entry', () => {
  it('an edit remembers the version it began from', () => {
    expect(draftFromEntry(entry, 9_000).base).toBe(5_000);
  });

  it('saves over the entry when storage still holds the version the edit began from', () => {
    const draft = { ...draftFromEntry(entry, 9_000), text: 'and a little more' };
    expect(findConflict(draft, stored(entry))).toBeNull();
  });

  it('stops when another tab saved the entry since the edit began', () => {
    const draft = draftFromEntry(entry, 9_000);
    const newer = { ...entry, updatedAt: 9_500, text: 'written in the other tab' };
    expect(findConflict(draft, stored(newer))).toEqual({ kind: 'changed', stored: newer });
  });

  it('stops when an import put back an older copy, not only a newer one', () => {
    const draft = draftFromEntry(entry, 9_000);
    const older = { ...entry, updatedAt: 2_000, text: 'the copy in a backup' };
    expect(findConflict(draft, stored(older))).toEqual({ kind: 'changed', stored: older });
  });

  it('stops when the entry was deleted, or its row cannot be read', () => {
    const draft = draftFromEntry(entry, 9_000);
    expect(findConflict(draft, { found: 'none' })).toEqual({ kind: 'deleted' });
    expect(findConflict(draft, { found: 'unreadable' })).toEqual({ kind: 'changed', stored: null });
  });

  it('never stops a new entry', () => {
    expect(findConflict(blankDraft(9_000), { found: 'none' })).toBeNull();
  });

  it('reads a draft kept before versions were remembered by when the edit began', () => {
    const legacy: Draft = draftFromEntry(entry, 9_000);
    delete legacy.base;
    expect(changedSince(legacy, entry)).toBe(false);
    expect(changedSince(legacy, { ...entry, updatedAt: 9_001 })).toBe(true);
  });

  it('"Use this version" holds only for the conflict the person saw, not a newer one', () => {
    const seen = { kind: 'changed' as const, stored: { ...entry, updatedAt: 9_500 } };
    expect(sameConflict(seen, seen)).toBe(true);
    expect(sameConflict({ kind: 'changed', stored: { ...entry, updatedAt: 9_900 } }, seen)).toBe(
      false,
    );
    expect(sameConflict({ kind: 'deleted' }, seen)).toBe(false);
    expect(sameConflict(seen, undefined)).toBe(false);
  });
});
