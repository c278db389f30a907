import { beforeEach, describe, expect, it } from 'vitest';
import { addImage, MediaRefusedError } from '../../../src/features/journal/attachments/add';
import { ChunkError } from '../../../src/crypto/attachmentChunks';
import { MEDIA_LIMITS } from '../../../src/lib/mediaLimits';
import {
  deleteAttachments,
  mediaUsage,
  MediaSpaceError,
  readAttachmentBytes,
  readAttachments,
  readChunkRows,
  storeAttachment,
} from '../../../src/storage/attachmentRepo';
import type { KeelDatabase } from '../../../src/storage/schema';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { tinyJpegShape, withLocation } from '../../e2e/jpegFixture';
import { freshDatabase } from '../helpers';
import { refusalText } from '../../../src/features/journal/attachments/words';
import { translate } from '../../../src/ui/i18n/i18n';
import en from '../../../src/ui/i18n/messages/en';

const english = (key: Parameters<typeof translate>[2], params?: Parameters<typeof translate>[3]) =>
  translate(en, 'en', key, params);

const MARKER = 'BRUISE-PHOTO-BYTES';

/** Bytes spanning three chunks, with a readable marker at the start of each. */
const THREE_CHUNKS = makeThreeChunks();
const threeChunks = () => THREE_CHUNKS.slice();
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

function makeThreeChunks(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(MEDIA_LIMITS.chunkBytes * 2 + 1234);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7) % 251;
  const marker = new TextEncoder().encode(MARKER);
  for (let c = 0; c < 3; c += 1) bytes.set(marker, c * MEDIA_LIMITS.chunkBytes);
  return bytes;
}

let db: KeelDatabase;
let key: CryptoKey;

beforeEach(async () => {
  db = freshDatabase();
  key = await importDataKey(newRawDataKey());
});

async function store(id: string, original = threeChunks()) {
  return storeAttachment(key, {
    id,
    kind: 'image',
    type: 'image/png',
    description: 'the door',
    hasLocation: false,
    original,
    thumb: { type: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]) },
    now: 1_700_000_000_000,
  });
}

describe('an attachment at rest', () => {
  it('reads back byte for byte, with the SHA-256 taken when it was added', async () => {
    const original = threeChunks();
    const meta = await store('a1', original);
    const expected = Buffer.from(await crypto.subtle.digest('SHA-256', original)).toString('hex');
    expect(meta.sha256).toBe(expected);
    const [read] = await readAttachments(key, ['a1']);
    expect(read).toEqual(meta);
    expect(same(await readAttachmentBytes(meta, 'original'), original)).toBe(true);
    expect(await readAttachmentBytes(meta, 'thumb')).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('keeps no readable byte of the file or its description in storage', async () => {
    await store('a1');
    const rows = [...(await db.attachmentChunks.toArray()), ...(await db.attachments.toArray())];
    expect(rows.length).toBe(3 + 1 + 1);
    const stored = rows.map((row) => Buffer.from(row.ct).toString('latin1')).join('');
    expect(stored).not.toContain(MARKER);
    expect(stored).not.toContain('the door');
  });

  it('refuses chunks swapped between two places of the same attachment', async () => {
    const meta = await store('a1');
    const [first, second] = await readChunkRows('a1', 'original');
    await db.attachmentChunks.put({ ...second!, id: first!.id });
    await expect(readAttachmentBytes(meta, 'original')).rejects.toBeInstanceOf(ChunkError);
  });

  it('refuses chunks put back in another order', async () => {
    const meta = await store('a1');
    const [first, second] = await readChunkRows('a1', 'original');
    await db.attachmentChunks.bulkPut([
      { ...second!, id: first!.id },
      { ...first!, id: second!.id },
    ]);
    await expect(readAttachmentBytes(meta, 'original')).rejects.toBeInstanceOf(ChunkError);
  });

  it('refuses an attachment cut short by its last chunk', async () => {
    const meta = await store('a1');
    const rows = await readChunkRows('a1', 'original');
    await db.attachmentChunks.delete(rows.at(-1)!.id);
    await expect(readAttachmentBytes(meta, 'original')).rejects.toBeInstanceOf(ChunkError);
  });

  it('refuses a chunk taken from another attachment', async () => {
    const meta = await store('a1');
    await store('a2');
    const [mine] = await readChunkRows('a1', 'original');
    const [theirs] = await readChunkRows('a2', 'original');
    await db.attachmentChunks.put({ ...theirs!, id: mine!.id });
    await expect(readAttachmentBytes(meta, 'original')).rejects.toBeInstanceOf(ChunkError);
  });

  it('is removed whole, chunks and description, leaving other attachments as they were', async () => {
    await store('a1');
    const other = await store('a2');
    await deleteAttachments(['a1']);
    expect(await readChunkRows('a1', 'original')).toEqual([]);
    expect(await readChunkRows('a1', 'thumb')).toEqual([]);
    expect(await readAttachments(key, ['a1', 'a2'])).toEqual([undefined, other]);
    expect(same(await readAttachmentBytes(other, 'original'), THREE_CHUNKS)).toBe(true);
  });

  it('is counted in the media usage, thumbnails included', async () => {
    await store('a1');
    expect(await mediaUsage(key)).toEqual({ count: 1, bytes: threeChunks().length + 3 });
  });
});

describe('a full device', () => {
  it('gives a clear message and keeps nothing half written, nor loses what was there', async () => {
    const kept = await store('a1');
    const original = db.attachmentChunks.bulkPut.bind(db.attachmentChunks);
    db.attachmentChunks.bulkPut = (async (...args: Parameters<typeof original>) => {
      await original(...args);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }) as unknown as typeof original;
    const failed = store('a2');
    await expect(failed).rejects.toBeInstanceOf(MediaSpaceError);
    await expect(failed).rejects.toThrow(/out of space/);
    db.attachmentChunks.bulkPut = original;
    expect(await readChunkRows('a2', 'original')).toEqual([]);
    expect(await db.attachments.get('a2')).toBeUndefined();
    expect(same(await readAttachmentBytes(kept, 'original'), THREE_CHUNKS)).toBe(true);
  });
});

describe('adding a photo', () => {
  it('tells whether the photo holds a location', async () => {
    const file = new Blob([withLocation(tinyJpegShape(), 48.85, 2.35)], { type: 'image/jpeg' });
    const meta = await addImage(key, file, 0);
    expect(meta.hasLocation).toBe(true);
    const plain = new Blob([tinyJpegShape()], { type: 'image/jpeg' });
    expect((await addImage(key, plain, 1)).hasLocation).toBe(false);
  });

  it('refuses, kindly and before storing anything, a photo over the limit', async () => {
    const big = new Blob([new Uint8Array(MEDIA_LIMITS.photoBytes + 1)], { type: 'image/png' });
    const added = addImage(key, big, 0);
    await expect(added).rejects.toBeInstanceOf(MediaRefusedError);
    const refused = (await added.catch((error: unknown) => error)) as MediaRefusedError;
    expect(refusalText(english, 'en', refused.refusal)).toMatch(
      /^This photo is 25 MB, more than Keel keeps in one photo \(25 MB\)\./,
    );
    expect(await db.attachmentChunks.count()).toBe(0);
  });

  it('refuses a file that is not a picture', async () => {
    const text = new Blob(['hello'], { type: 'text/plain' });
    await expect(addImage(key, text, 0)).rejects.toBeInstanceOf(MediaRefusedError);
  });
});
