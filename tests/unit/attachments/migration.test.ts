import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readAttachmentBytes } from '../../../src/storage/attachmentRepo';
import { addImage } from '../../../src/features/journal/attachments/add';
import { newDeletion } from '../../../src/storage/deletions';
import { loadJournal } from '../../../src/storage/entryReads';
import { sealRow } from '../../../src/storage/sealedRows';
import { KeelDatabase, setDatabase } from '../../../src/storage/schema';
import type { Entry } from '../../../src/storage/types';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { tinyJpegShape } from '../../e2e/jpegFixture';

/** Exactly the version 3 schema, as it shipped (versions 1 to 3 of db/schema.ts). */
function versionThree(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    meta: 'id',
    entries: 'id, createdAt',
    drafts: 'id',
    tags: 'id',
    settings: 'id',
  });
  db.version(2).stores({ selfChecks: 'id, createdAt', safetyPlan: 'id', resources: 'id' });
  db.version(3).stores({ deletions: 'id' });
  return db;
}

const entry: Entry = {
  id: 'e-v3',
  createdAt: 1_710_000_000_000,
  updatedAt: 1_710_000_000_000,
  happenedAt: 1_710_000_000_000,
  text: 'Written before photos could be kept',
  mood: 3,
  feelings: [],
  events: [],
};

describe('opening a version 3 database with today’s schema', () => {
  it('keeps every version 3 row as it was and adds empty attachment tables that take photos', async () => {
    const name = `keel-v3-${Math.random().toString(36).slice(2)}`;
    const key = await importDataKey(newRawDataKey());
    const old = versionThree(name);
    await old.open();
    const entryRow = await sealRow(key, 'entries', entry.id, entry.createdAt, entry);
    const marker = newDeletion('entries', 'e-gone', 1_710_000_100_000);
    await old.table('entries').put(entryRow);
    await old.table('deletions').put(await sealRow(key, 'deletions', marker.id, 0, marker));
    expect(old.verno).toBe(3);
    old.close();

    const db = new KeelDatabase(name);
    setDatabase(db);
    try {
      await db.open();
      expect(db.verno).toBe(5);
      expect((await loadJournal(key)).entries).toEqual([entry]);
      const [stored] = await db.entries.toArray();
      expect(Buffer.from(stored!.ct).equals(Buffer.from(entryRow.ct))).toBe(true);
      expect(await db.deletions.count()).toBe(1);
      expect(await db.attachments.count()).toBe(0);
      expect(await db.attachmentChunks.count()).toBe(0);

      const photo = await addImage(key, new Blob([tinyJpegShape()], { type: 'image/jpeg' }), 0);
      expect(await readAttachmentBytes(photo, 'original')).toEqual(tinyJpegShape());
    } finally {
      db.close();
      setDatabase(null);
    }
  });
});
