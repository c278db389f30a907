/**
 * Storing and reading attachments. Everything is sealed before a transaction begins, then
 * an attachment's description and all its chunks are written in ONE transaction: a full
 * device (or a closed tab) leaves the attachment wholly absent, and every earlier row as
 * it was. Decryption happens outside transactions, like the rest of db/.
 */
import { openRows, sealRow } from './sealedRows';
import { isQuotaError } from './limits';
import { type ChunkRow, database } from './schema';
import {
  ChunkError,
  chunkPrefix,
  importContentKey,
  newContentKeyBytes,
  openChunks,
  type Part,
  sealChunks,
  sha256Hex,
  keyFromBase64,
  keyToBase64,
} from '../crypto/attachmentChunks';
import { type Attachment, decodeAttachment } from './attachmentCodec';
import { deleteAttachmentRows } from './mediaSweep';

/** The device ran out of space while an attachment was written: nothing of it was kept. */
export class MediaSpaceError extends Error {
  constructor() {
    super(
      'This device is out of space, so this could not be added. Nothing already in your journal was touched; freeing some space and adding it again will keep it.',
    );
    this.name = 'MediaSpaceError';
  }
}

export interface NewAttachment {
  id: string;
  kind: Attachment['kind'];
  type: string;
  description: string;
  hasLocation: boolean;
  durationMs?: number;
  original: Uint8Array<ArrayBuffer>;
  thumb: { type: string; bytes: Uint8Array<ArrayBuffer> } | null;
  now: number;
}

/** Seals and stores a new attachment; returns its description as stored. */
export async function storeAttachment(key: CryptoKey, input: NewAttachment): Promise<Attachment> {
  const raw = newContentKeyBytes();
  const contentKey = await importContentKey(raw);
  const meta: Attachment = {
    id: input.id,
    kind: input.kind,
    type: input.type,
    size: input.original.length,
    sha256: await sha256Hex(input.original),
    key: keyToBase64(raw),
    description: input.description,
    hasLocation: input.hasLocation,
    thumb: input.thumb ? { type: input.thumb.type, size: input.thumb.bytes.length } : null,
    ...(input.durationMs === undefined ? {} : { durationMs: input.durationMs }),
    createdAt: input.now,
    updatedAt: input.now,
  };
  const [chunks, thumbChunks, row] = await Promise.all([
    sealChunks(contentKey, meta.id, 'original', input.original),
    input.thumb ? sealChunks(contentKey, meta.id, 'thumb', input.thumb.bytes) : [],
    sealRow(key, 'attachments', meta.id, meta.createdAt, meta),
  ]);
  const db = database();
  try {
    await db.transaction('rw', [db.attachments, db.attachmentChunks], async () => {
      await db.attachmentChunks.bulkPut([...chunks, ...thumbChunks]);
      await db.attachments.put(row);
    });
  } catch (error) {
    if (isQuotaError(error)) throw new MediaSpaceError();
    throw error;
  }
  return meta;
}

/** Writes a changed description (alt text or note) over the stored one. */
export async function saveAttachment(key: CryptoKey, meta: Attachment): Promise<void> {
  const row = await sealRow(key, 'attachments', meta.id, meta.createdAt, meta);
  await database().attachments.put(row);
}

/** The stored descriptions of these ids, in that order (undefined when gone or unreadable). */
export async function readAttachments(
  key: CryptoKey,
  ids: readonly string[],
): Promise<(Attachment | undefined)[]> {
  const rows = await database().attachments.bulkGet([...ids]);
  const present = rows.filter((row) => row !== undefined);
  const opened = await openRows(key, 'attachments', present, decodeAttachment);
  const byId = new Map(opened.values.map((meta) => [meta.id, meta]));
  return ids.map((id) => byId.get(id));
}

export async function readChunkRows(id: string, part: Part): Promise<ChunkRow[]> {
  return database().attachmentChunks.where('id').startsWith(chunkPrefix(id, part)).toArray();
}

/**
 * One part's bytes, decrypted and checked: every chunk in place, and the original's
 * SHA-256 the one taken when it was added. Throws a ChunkError otherwise.
 */
export async function readAttachmentBytes(
  meta: Attachment,
  part: Part,
): Promise<Uint8Array<ArrayBuffer>> {
  const size = part === 'original' ? meta.size : meta.thumb?.size;
  if (size === undefined) throw new ChunkError('This attachment has no thumbnail');
  const contentKey = await importContentKey(keyFromBase64(meta.key));
  const bytes = await openChunks(
    contentKey,
    meta.id,
    part,
    await readChunkRows(meta.id, part),
    size,
  );
  if (part === 'original' && (await sha256Hex(bytes)) !== meta.sha256) throw new ChunkError();
  return bytes;
}

/** Removes attachments (descriptions and every chunk) in one transaction. */
export async function deleteAttachments(ids: readonly string[]): Promise<void> {
  await deleteAttachmentRows(ids);
}

export interface MediaUsage {
  count: number;
  bytes: number;
}

/** How many photos and voice notes are kept, and their bytes (thumbnails included). */
export async function mediaUsage(key: CryptoKey): Promise<MediaUsage> {
  const rows = await database().attachments.toArray();
  const { values } = await openRows(key, 'attachments', rows, decodeAttachment);
  return {
    count: values.length,
    bytes: values.reduce((sum, meta) => sum + meta.size + (meta.thumb?.size ?? 0), 0),
  };
}

/**
 * Stores bytes that came with a backup for an attachment whose description is being
 * imported: sealed afresh under its content key, replacing any chunks of that id, in one
 * transaction per attachment.
 */
export async function putAttachmentBytes(
  meta: Attachment,
  original: Uint8Array<ArrayBuffer>,
  thumb?: Uint8Array<ArrayBuffer>,
): Promise<void> {
  const contentKey = await importContentKey(keyFromBase64(meta.key));
  const [chunks, thumbChunks] = await Promise.all([
    sealChunks(contentKey, meta.id, 'original', original),
    thumb && meta.thumb ? sealChunks(contentKey, meta.id, 'thumb', thumb) : [],
  ]);
  const db = database();
  try {
    await db.transaction('rw', db.attachmentChunks, async () => {
      await db.attachmentChunks.where('id').startsWith(`${meta.id}:`).delete();
      await db.attachmentChunks.bulkPut([...chunks, ...thumbChunks]);
    });
  } catch (error) {
    if (isQuotaError(error)) throw new MediaSpaceError();
    throw error;
  }
}
