import { describe, expect, it } from 'vitest';
import { openJournal } from '../../../src/app/start';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { importTables, makeBackup, readBackupFile } from '../../../src/features/backup/backup';
import { commitDraft, deleteEntry, undoDelete } from '../../../src/features/journal/actions';
import { draftFromEntry } from '../../../src/features/journal/newEntry';
import { whenMediaSwept } from '../../../src/features/journal/attachments/sweep';
import { openVault } from '../../../src/state/openVault';
import { useKeel } from '../../../src/state/store';
import { storeAttachment } from '../../../src/storage/attachmentRepo';
import { database } from '../../../src/storage/schema';
import type { Entry } from '../../../src/storage/types';
import { wipeStorage } from '../../../src/storage/wipe';
import { saveEntry } from '../../../src/storage/writes';
import { QUICK_KDF } from '../backup/backupHelpers';
import { freshDatabase } from '../helpers';

const LONG_AGO = Date.UTC(2026, 0, 5, 9);
/** Three chunks for the original, one for the thumbnail. */
const photoBytes = () => Uint8Array.from({ length: 600_000 }, (_, i) => (i * 11) % 256);

function entryWith(id: string, attachments: string[], text = 'the door'): Entry {
  return {
    id,
    createdAt: LONG_AGO,
    updatedAt: LONG_AGO,
    happenedAt: LONG_AGO,
    text,
    mood: 2,
    feelings: [],
    events: [],
    ...(attachments.length ? { attachments } : {}),
  };
}

async function photo(key: CryptoKey, id: string, now = LONG_AGO) {
  return storeAttachment(key, {
    id,
    kind: 'image',
    type: 'image/png',
    description: '',
    hasLocation: false,
    original: photoBytes(),
    thumb: { type: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]) },
    now,
  });
}

async function counts() {
  const db = database();
  return {
    entries: await db.entries.count(),
    attachments: await db.attachments.count(),
    chunks: await db.attachmentChunks.count(),
    versions: await db.versions.count(),
  };
}

/** An open journal (as the app opens it) holding these entries, each already stored. */
async function openWith(entries: Entry[], before?: (key: CryptoKey) => Promise<void>) {
  freshDatabase();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  for (const entry of entries) await saveEntry(opening.key, entry);
  await before?.(opening.key);
  const { loaded } = await openJournal(opening.key);
  await loaded;
  await whenMediaSwept();
  return opening.key;
}

describe('deleting an entry with photos', () => {
  it('removes its photos, their chunks and its versions once Undo is no longer offered', async () => {
    await openWith([entryWith('e1', ['att-1'])], (k) => photo(k, 'att-1').then());
    await commitDraft({ ...draftFromEntry(entryWith('e1', ['att-1']), Date.now()), text: 'next' });
    expect(await counts()).toEqual({ entries: 1, attachments: 1, chunks: 4, versions: 1 });

    await deleteEntry('e1');
    useKeel.getState().setRecentlyDeleted(null); // Dismiss
    await whenMediaSwept();
    expect(await counts()).toEqual({ entries: 0, attachments: 0, chunks: 0, versions: 0 });
  });

  it('keeps them while Undo is offered, and Undo brings the entry back with its photo', async () => {
    await openWith([entryWith('e1', ['att-1'])], (k) => photo(k, 'att-1').then());
    await deleteEntry('e1');
    await whenMediaSwept();
    expect(await counts()).toMatchObject({ entries: 0, attachments: 1, chunks: 4 });
    await undoDelete();
    await whenMediaSwept();
    expect(await counts()).toMatchObject({ entries: 1, attachments: 1, chunks: 4 });
  });

  it('removes them when the journal locks with Undo still offered', async () => {
    await openWith([entryWith('e1', ['att-1'])], (k) => photo(k, 'att-1').then());
    const db = database();
    await deleteEntry('e1');
    useKeel.getState().resetAll('locked');
    await whenMediaSwept();
    expect(await db.attachments.count()).toBe(0);
    expect(await db.attachmentChunks.count()).toBe(0);
  });

  it('keeps a photo another entry still holds (after Keep both)', async () => {
    await openWith([entryWith('e1', ['att-1']), entryWith('e2', ['att-1'], 'kept both')], (k) =>
      photo(k, 'att-1').then(),
    );
    await deleteEntry('e1');
    useKeel.getState().setRecentlyDeleted(null);
    await whenMediaSwept();
    expect(await counts()).toMatchObject({ attachments: 1, chunks: 4 });
  });
});

describe('opening the journal', () => {
  it('sweeps away a photo no entry or draft holds (an add cut off before the draft kept it)', async () => {
    await openWith([entryWith('e1', ['att-1'])], async (k) => {
      await photo(k, 'att-1');
      await photo(k, 'att-lost');
    });
    expect(await counts()).toMatchObject({ attachments: 1, chunks: 4 });
  });

  it('leaves a photo added in the last hour alone (another tab may be about to keep it)', async () => {
    await openWith([], (k) => photo(k, 'att-new', Date.now()).then());
    expect(await counts()).toMatchObject({ attachments: 1, chunks: 4 });
  });

  it('sweeps chunks whose description is gone, and versions whose entry is gone', async () => {
    await openWith([entryWith('e1', [])], async () => {
      const db = database();
      const iv = new Uint8Array(12);
      await db.attachmentChunks.bulkPut([
        { id: 'att-half:original:000000', iv, ct: new Uint8Array(40) },
        { id: 'att-half:original:000001', iv, ct: new Uint8Array(40) },
      ]);
      await db.versions.put({ id: 'gone:1234', createdAt: 0, iv, ct: new Uint8Array(40) });
      await db.versions.put({ id: 'e1:1234', createdAt: 0, iv, ct: new Uint8Array(40) });
    });
    expect(await counts()).toEqual({ entries: 1, attachments: 0, chunks: 0, versions: 1 });
  });

  it('sweeps no photo while some entry cannot be read (it may hold one)', async () => {
    await openWith([], async (k) => {
      await photo(k, 'att-1');
      const iv = new Uint8Array(12);
      await database().entries.put({ id: 'damaged', createdAt: 1, iv, ct: new Uint8Array(64) });
    });
    expect(await counts()).toMatchObject({ attachments: 1, chunks: 4 });
  });
});

describe('a replacing import', () => {
  it('leaves none of the photos, chunks or versions it replaced', async () => {
    freshDatabase();
    const other = await importDataKey(newRawDataKey());
    await saveEntry(other, entryWith('new', []));
    const tables = await readBackupFile(
      (await makeBackup(other, 'a long enough phrase', LONG_AGO, QUICK_KDF)).blob,
      'a long enough phrase',
    );

    freshDatabase();
    const key = await importDataKey(newRawDataKey());
    await saveEntry(key, entryWith('e1', ['att-1']));
    await photo(key, 'att-1');
    await database().versions.put({
      id: 'e1:1',
      createdAt: 0,
      iv: new Uint8Array(12),
      ct: new Uint8Array(40),
    });
    await importTables(key, tables, 'replace');
    expect(await counts()).toEqual({ entries: 1, attachments: 0, chunks: 0, versions: 0 });
  }, 30_000);
});

describe('Delete everything', () => {
  it('leaves no photo, chunk or version behind', async () => {
    await openWith([entryWith('e1', ['att-1'])], (k) => photo(k, 'att-1').then());
    await commitDraft({ ...draftFromEntry(entryWith('e1', ['att-1']), Date.now()), text: 'next' });
    await wipeStorage();
    expect(await counts()).toEqual({ entries: 0, attachments: 0, chunks: 0, versions: 0 });
  });
});
