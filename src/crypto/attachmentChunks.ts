/**
 * An attachment's bytes, sealed in chunks. Each attachment has its own random content key
 * (kept inside its sealed description, see codec.ts), and every chunk's additional data
 * names the attachment, the part (the original or its thumbnail), the chunk's index and
 * the chunk count: a chunk moved to another attachment or place, a reordered pair, or a
 * missing or extra chunk all fail to open. Every chunk holds MEDIA_LIMITS.chunkBytes of
 * plaintext but the last, which is padded (aesGcm.ts paddedLength) so stored sizes
 * fall into few buckets; the true size is kept sealed with the description.
 */
import { paddedLength, randomBytes, sealBytes, openBytes } from './aesGcm';
import { MEDIA_LIMITS } from '../lib/mediaLimits';

export type Part = 'original' | 'thumb';

export interface SealedChunk {
  id: string;
  iv: Uint8Array<ArrayBuffer>;
  ct: Uint8Array<ArrayBuffer>;
}

/** The chunk refused to open, or the chunks do not make up the attachment. */
export class ChunkError extends Error {
  constructor(message = 'These bytes are not the attachment they claim to be') {
    super(message);
    this.name = 'ChunkError';
  }
}

export function chunkId(attachmentId: string, part: Part, index: number): string {
  return `${attachmentId}:${part}:${String(index).padStart(6, '0')}`;
}

/** Every chunk id of one part starts with this (they sort by index). */
export function chunkPrefix(attachmentId: string, part: Part): string {
  return `${attachmentId}:${part}:`;
}

export function chunkAad(attachmentId: string, part: Part, index: number, count: number): string {
  return `keel/attachment/v1/${attachmentId}/${part}/${index}/${count}`;
}

export function chunkCount(size: number, chunk: number = MEDIA_LIMITS.chunkBytes): number {
  return Math.max(1, Math.ceil(size / chunk));
}

export function newContentKeyBytes(): Uint8Array<ArrayBuffer> {
  return randomBytes(32);
}

export function importContentKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** Seals `bytes` as `count` chunks (all of them started at once: WebCrypto runs off-thread). */
export function sealChunks(
  key: CryptoKey,
  attachmentId: string,
  part: Part,
  bytes: Uint8Array,
  chunk: number = MEDIA_LIMITS.chunkBytes,
): Promise<SealedChunk[]> {
  const count = chunkCount(bytes.length, chunk);
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const piece = bytes.subarray(index * chunk, (index + 1) * chunk);
      const last = index === count - 1;
      const plain = new Uint8Array(last ? paddedLength(piece.length) : chunk);
      plain.set(piece);
      const sealed = await sealBytes(key, plain, chunkAad(attachmentId, part, index, count));
      return { id: chunkId(attachmentId, part, index), ...sealed };
    }),
  );
}

/**
 * Opens the chunks of one part (as read, in id order) into its `size` bytes. Throws a
 * ChunkError when any chunk fails, when their ids or count are not what the attachment
 * had, or when the bytes are too few.
 */
export async function openChunks(
  key: CryptoKey,
  attachmentId: string,
  part: Part,
  rows: readonly SealedChunk[],
  size: number,
  chunk: number = MEDIA_LIMITS.chunkBytes,
): Promise<Uint8Array<ArrayBuffer>> {
  const count = chunkCount(size, chunk);
  if (rows.length !== count) throw new ChunkError();
  const plains = await Promise.all(
    rows.map(async (row, index) => {
      if (row.id !== chunkId(attachmentId, part, index)) throw new ChunkError();
      try {
        return await openBytes(key, row, chunkAad(attachmentId, part, index, count));
      } catch {
        throw new ChunkError();
      }
    }),
  );
  const out = new Uint8Array(size);
  let at = 0;
  for (const [index, plain] of plains.entries()) {
    const take = Math.min(plain.length, size - at, index === count - 1 ? size - at : chunk);
    if (index < count - 1 && plain.length !== chunk) throw new ChunkError();
    out.set(plain.subarray(0, take), at);
    at += take;
  }
  if (at !== size) throw new ChunkError();
  return out;
}

/** SHA-256 of the bytes, as lowercase hex. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A content key's bytes as base64 (kept inside the sealed description), and back. */
export function keyToBase64(raw: Uint8Array): string {
  let binary = '';
  for (const byte of raw) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function keyFromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
