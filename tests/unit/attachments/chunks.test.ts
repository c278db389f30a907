import { describe, expect, it } from 'vitest';
import {
  ChunkError,
  chunkCount,
  importContentKey,
  newContentKeyBytes,
  openChunks,
  sealChunks,
} from '../../../src/crypto/attachmentChunks';

const CHUNK = 64;
const bytes = Uint8Array.from({ length: CHUNK * 3 + 10 }, (_, i) => i % 256);

async function sealed(id = 'a1', key?: CryptoKey) {
  const k = key ?? (await importContentKey(newContentKeyBytes()));
  return { key: k, rows: await sealChunks(k, id, 'original', bytes, CHUNK) };
}

describe('sealed chunks', () => {
  it('open back into the very bytes, the last chunk padded at rest', async () => {
    const { key, rows } = await sealed();
    expect(rows).toHaveLength(chunkCount(bytes.length, CHUNK));
    expect(await openChunks(key, 'a1', 'original', rows, bytes.length, CHUNK)).toEqual(bytes);
    expect(rows.at(-1)!.ct.length).toBeGreaterThan(10 + 16);
  });

  it('refuse two chunks whose contents were swapped', async () => {
    const { key, rows } = await sealed();
    const swapped = [
      { ...rows[1]!, id: rows[0]!.id },
      { ...rows[0]!, id: rows[1]!.id },
      ...rows.slice(2),
    ];
    await expect(
      openChunks(key, 'a1', 'original', swapped, bytes.length, CHUNK),
    ).rejects.toBeInstanceOf(ChunkError);
  });

  it('refuse chunks read in another order', async () => {
    const { key, rows } = await sealed();
    const reordered = [rows[0]!, rows[2]!, rows[1]!, rows[3]!];
    await expect(
      openChunks(key, 'a1', 'original', reordered, bytes.length, CHUNK),
    ).rejects.toBeInstanceOf(ChunkError);
  });

  it('refuse an attachment cut short, even when told the shorter size', async () => {
    const { key, rows } = await sealed();
    const cut = rows.slice(0, 2);
    await expect(
      openChunks(key, 'a1', 'original', cut, bytes.length, CHUNK),
    ).rejects.toBeInstanceOf(ChunkError);
    await expect(openChunks(key, 'a1', 'original', cut, CHUNK * 2, CHUNK)).rejects.toBeInstanceOf(
      ChunkError,
    );
  });

  it('refuse a chunk sealed for another attachment under the same key', async () => {
    const { key, rows } = await sealed('a1');
    const other = await sealChunks(key, 'a2', 'original', bytes, CHUNK);
    const mixed = [{ ...other[0]!, id: rows[0]!.id }, ...rows.slice(1)];
    await expect(
      openChunks(key, 'a1', 'original', mixed, bytes.length, CHUNK),
    ).rejects.toBeInstanceOf(ChunkError);
  });

  it('refuse the thumbnail’s chunks read as the original', async () => {
    const { key } = await sealed();
    const thumb = await sealChunks(key, 'a1', 'thumb', bytes, CHUNK);
    const asOriginal = thumb.map((row) => ({
      ...row,
      id: row.id.replace(':thumb:', ':original:'),
    }));
    await expect(
      openChunks(key, 'a1', 'original', asOriginal, bytes.length, CHUNK),
    ).rejects.toBeInstanceOf(ChunkError);
  });
});
