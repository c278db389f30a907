import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { addImage } from '../../../src/features/journal/attachments/add';
import { zipWithMedia } from '../../../src/features/backup/mediaZip';
import { jpegLocation } from '../../../src/lib/exif';
import type { Entry } from '../../../src/storage/types';
import { FIXTURE_DEVICE, tinyJpegShape, withLocation } from '../../e2e/jpegFixture';
import { freshDatabase } from '../helpers';

beforeEach(() => freshDatabase());

async function journalWithLocatedPhoto() {
  const key = await importDataKey(newRawDataKey());
  const file = new Blob([withLocation(tinyJpegShape(), 51.5, -0.12)], { type: 'image/jpeg' });
  const meta = await addImage(key, file, 0);
  const entry: Entry = {
    id: 'e1',
    createdAt: 1,
    updatedAt: 1,
    happenedAt: 1,
    text: 'The door',
    mood: null,
    feelings: [],
    events: [],
    attachments: [meta.id],
  };
  return { key, meta, entry };
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('the readable export as a zip', () => {
  it('holds the Markdown and the photo, without its location or device', async () => {
    const { key, meta, entry } = await journalWithLocatedPhoto();
    const zip = unzipSync(
      new Uint8Array(await (await zipWithMedia(key, [entry], [], false)).arrayBuffer()),
    );
    const photo = zip[`media/${meta.id}.jpg`] as Uint8Array;
    expect(jpegLocation(photo)).toBeNull();
    expect(latin1(photo)).not.toContain(FIXTURE_DEVICE);
    expect(strFromU8(zip['journal.md'] as Uint8Array)).toContain(`](media/${meta.id}.jpg)`);
  });

  it('keeps the original file, location included, when the person chooses it', async () => {
    const { key, meta, entry } = await journalWithLocatedPhoto();
    const zip = unzipSync(
      new Uint8Array(await (await zipWithMedia(key, [entry], [], true)).arrayBuffer()),
    );
    expect(jpegLocation(zip[`media/${meta.id}.jpg`] as Uint8Array)).not.toBeNull();
  });
});
