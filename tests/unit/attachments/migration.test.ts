import { describe, expect, it } from 'vitest';
import { readAttachmentBytes } from '../../../src/storage/attachmentRepo';
import { addImage } from '../../../src/features/journal/attachments/add';
import { loadJournal } from '../../../src/storage/entryReads';
import type { Entry } from '../../../src/storage/types';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { tinyJpegShape } from '../../e2e/jpegFixture';
import { upgradeEntryFromVersionThree } from '../db/oldSchema';

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
    const key = await importDataKey(newRawDataKey());
    await upgradeEntryFromVersionThree(key, entry, async (db, entryRow) => {
      expect(db.verno).toBe(5);
      expect((await loadJournal(key)).entries).toEqual([entry]);
      const [stored] = await db.entries.toArray();
      expect(Buffer.from(stored!.ct).equals(Buffer.from(entryRow.ct))).toBe(true);
      expect(await db.deletions.count()).toBe(1);
      expect(await db.attachments.count()).toBe(0);
      expect(await db.attachmentChunks.count()).toBe(0);

      const photo = await addImage(key, new Blob([tinyJpegShape()], { type: 'image/jpeg' }), 0);
      expect(await readAttachmentBytes(photo, 'original')).toEqual(tinyJpegShape());
    });
  });
});
