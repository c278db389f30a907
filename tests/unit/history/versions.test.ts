import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/storage/types';
import {
  changeNote,
  contentDiffers,
  decodeVersion,
  entryIdOf,
  newVersion,
  versionId,
  versionList,
} from '../../../src/storage/versions';

const entry = (text: string, updatedAt: number, extra: Partial<Entry> = {}): Entry => ({
  id: 'e1',
  createdAt: 1_000,
  updatedAt,
  happenedAt: 1_000,
  text,
  mood: 2,
  feelings: [],
  events: [],
  ...extra,
});

describe('the list of an entry’s earlier versions', () => {
  it('lists them oldest first, by when each was written', () => {
    const current = entry('third', 9_000);
    const list = versionList(
      [
        newVersion(entry('second', 5_000), 9_000, 'b'),
        newVersion(entry('first', 1_000), 5_000, 'a'),
      ],
      current,
    );
    expect(list.map((item) => [item.entry.text, item.writtenAt, item.replacedAt])).toEqual([
      ['first', 1_000, 5_000],
      ['second', 5_000, 9_000],
    ]);
  });

  it('shows a version written at the same time only once, even when a merge brought it twice', () => {
    const first = entry('first', 1_000);
    const list = versionList(
      [newVersion(first, 5_000, 'x'), newVersion(first, 6_000, 'y')],
      entry('now', 9_000),
    );
    expect(list).toHaveLength(1);
  });

  it('leaves out versions of other entries and one written when the entry as it is now was', () => {
    const other = { ...entry('elsewhere', 2_000), id: 'e2' };
    const list = versionList(
      [newVersion(other, 3_000, 'o'), newVersion(entry('same time', 9_000), 9_000, 's')],
      entry('now', 9_000),
    );
    expect(list).toEqual([]);
  });
});

describe('whether a save changes what was written', () => {
  it('is true for new words, a new mood or new details of harm, and false for a new time alone', () => {
    const before = entry('words', 1_000);
    expect(contentDiffers(before, { ...before, updatedAt: 2_000 })).toBe(false);
    expect(contentDiffers(before, { ...before, text: 'other words' })).toBe(true);
    expect(contentDiffers(before, { ...before, mood: 4 })).toBe(true);
    expect(contentDiffers(before, { ...before, harm: { place: 'The kitchen' } })).toBe(true);
  });
});

describe('a stored version, read back', () => {
  it('is accepted when its id, its entry id and the earlier entry agree', () => {
    const version = newVersion(entry('first', 1_000), 5_000);
    expect(decodeVersion(JSON.parse(JSON.stringify(version)))).toEqual(version);
    expect(entryIdOf(version.id)).toBe('e1');
  });

  it('finds the entry of an id that itself holds a colon', () => {
    expect(entryIdOf(versionId('a:b', 'c'))).toBe('a:b');
  });

  it('is refused when it claims another entry than its id names', () => {
    const version = newVersion(entry('first', 1_000), 5_000);
    expect(() => decodeVersion({ ...version, entryId: 'e2' })).toThrow();
    expect(() => decodeVersion({ ...version, id: versionId('e2') })).toThrow();
    expect(() => decodeVersion({ ...version, entry: { ...version.entry, id: 'e2' } })).toThrow();
  });

  it('is refused when the earlier entry is not a valid entry', () => {
    const version = newVersion(entry('first', 1_000), 5_000);
    expect(() => decodeVersion({ ...version, entry: { ...version.entry, mood: 9 } })).toThrow();
  });
});

describe('what the report says about changes', () => {
  it('says an entry never changed when it has no versions and was saved once', () => {
    expect(changeNote(entry('once', 1_000), [])).toEqual({
      writtenAt: 1_000,
      changedAt: null,
      earlier: 0,
    });
  });

  it('gives the last change and how many earlier versions are kept', () => {
    const list = versionList([newVersion(entry('first', 1_000), 7_000, 'a')], entry('now', 7_000));
    expect(changeNote(entry('now', 7_000), list)).toEqual({
      writtenAt: 1_000,
      changedAt: 7_000,
      earlier: 1,
    });
  });

  it('still says an entry was changed when it was edited before Keel kept versions', () => {
    expect(changeNote(entry('edited long ago', 60_000), []).changedAt).toBe(60_000);
  });
});
