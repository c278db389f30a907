import { describe, expect, it } from 'vitest';
import { openJournal } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { openRow } from '../../../src/storage/sealedRows';
import { saveEntry } from '../../../src/storage/writes';
import { database } from '../../../src/storage/schema';
import type { Entry } from '../../../src/storage/types';
import { flushDraftSave, scheduleDraftSave } from '../../../src/features/journal/autosave';
import { commitDraft, deleteEntry, undoDelete } from '../../../src/features/journal/actions';
import { draftFromEntry } from '../../../src/features/journal/newEntry';
import { readVersions } from '../../../src/storage/versionReads';
import { versionId } from '../../../src/storage/versions';
import { openVault } from '../../../src/state/openVault';
import { freshDatabase } from '../helpers';

async function openWith(entry: Entry): Promise<CryptoKey> {
  freshDatabase();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  await openJournal(opening.key);
  await saveEntry(opening.key, entry);
  useKeel.getState().putEntry(entry);
  return opening.key;
}

const first: Entry = {
  id: 'e1',
  createdAt: 1_000,
  updatedAt: 1_000,
  happenedAt: 1_000,
  text: 'what I wrote first',
  mood: 2,
  feelings: [],
  events: [],
};

async function edit(entry: Entry, text: string): Promise<Entry> {
  return commitDraft({ ...draftFromEntry(entry, Date.now()), text });
}

describe('saving an edit', () => {
  it('keeps the entry as it was, sealed, as an earlier version', async () => {
    const key = await openWith(first);
    const saved = await edit(first, 'what I wrote next');
    const { versions, unreadable } = await readVersions(key, 'e1');
    expect(unreadable).toBe(0);
    expect(versions.map((v) => v.entry)).toEqual([first]);
    expect(versions[0]?.replacedAt).toBe(saved.updatedAt);
    const raw = await database().versions.toArray();
    expect(raw).toHaveLength(1);
    expect(raw[0]?.createdAt).toBe(0);
    expect(new TextDecoder().decode(raw[0]?.ct)).not.toContain('what I wrote first');
  });

  it('keeps one version per save that changed something, and none for a save that changed nothing', async () => {
    const key = await openWith(first);
    const second = await edit(first, 'second');
    const third = await edit(second, 'third');
    await edit(third, 'third');
    const texts = (await readVersions(key, 'e1')).versions.map((v) => v.entry.text).sort();
    expect(texts).toEqual(['second', 'what I wrote first']);
  });

  it('keeps no version for what autosave stores while typing', async () => {
    const key = await openWith(first);
    const draft = { ...draftFromEntry(first, Date.now()), text: 'typing, not saved' };
    scheduleDraftSave(key, draft);
    await flushDraftSave();
    expect(await database().drafts.count()).toBe(1);
    expect(await database().versions.count()).toBe(0);
  });
});

describe('a version’s place', () => {
  it('cannot be moved to another entry: its sealed bytes open only under its own id', async () => {
    const key = await openWith(first);
    await edit(first, 'changed');
    const [row] = await database().versions.toArray();
    if (!row) throw new Error('expected a version');
    await expect(openRow(key, 'versions', { ...row, id: versionId('e2') })).rejects.toThrow();
    await expect(openRow(key, 'versions', row)).resolves.toMatchObject({ entryId: 'e1' });
  });
});

describe('deleting an entry', () => {
  it('takes its earlier versions with it, and Undo brings them back', async () => {
    const key = await openWith(first);
    const other: Entry = { ...first, id: 'e10', text: 'another entry' };
    await saveEntry(key, other);
    useKeel.getState().putEntry(other);
    await edit(other, 'another entry, changed');
    await edit(first, 'changed');
    expect(await database().versions.count()).toBe(2);

    await deleteEntry('e1');
    // Only e1's: e10 starts with the same characters but is another entry.
    expect((await readVersions(key, 'e1')).versions).toEqual([]);
    expect((await readVersions(key, 'e10')).versions).toHaveLength(1);

    await undoDelete();
    expect((await readVersions(key, 'e1')).versions.map((v) => v.entry.text)).toEqual([
      'what I wrote first',
    ]);
  });
});
