/**
 * Photos and voice notes in a format 2 backup: after the records, each attachment's bytes
 * (the original, then its thumbnail) go in frames of their own, as records of a table
 * `attachmentBytes` that an older Keel does not know (it then says the file is newer). Each
 * piece names its attachment, part, index and count; the frame's own additional data fixes
 * its place in the file. Reading collects every piece and checks each attachment whole
 * (every piece, the size, the SHA-256 taken when it was added) before anything is written.
 */
import * as v from 'valibot';
import { sha256Hex } from '../../crypto/attachmentChunks';
import type { Attachment } from '../../storage/attachmentCodec';
import { readAttachmentBytes } from '../../storage/attachmentRepo';
import { BackupError } from './errors';
import { fromBase64, toBase64 } from './format';
import type { BackupRecord, BackupTables } from './payload';

export const MEDIA_TABLE = 'attachmentBytes';
/** Raw bytes per piece: about 256 KB of base64, far under a frame's limit. */
export const PIECE_BYTES = 192 * 1024;
const MAX_PIECES = 1000;

type Part = 'original' | 'thumb';

/** The bytes that came with a backup, by attachment id (only for attachments it holds). */
export type MediaBytes = Map<
  string,
  { original: Uint8Array<ArrayBuffer>; thumb?: Uint8Array<ArrayBuffer> }
>;

const media = new WeakMap<BackupTables, MediaBytes>();

export function mediaOf(tables: BackupTables): MediaBytes {
  return media.get(tables) ?? new Map();
}

/** The frame texts of every attachment's bytes; `counted.pieces` says how many pieces. */
export async function* mediaFrameTexts(
  attachments: readonly BackupRecord[] | undefined,
  counted: { pieces: number },
): AsyncGenerator<string> {
  for (const record of attachments ?? []) {
    const meta = record.value as Attachment;
    const parts: Part[] = meta.thumb ? ['original', 'thumb'] : ['original'];
    for (const part of parts) {
      let bytes: Uint8Array;
      try {
        bytes = await readAttachmentBytes(meta, part);
      } catch {
        // Bytes this device cannot read stay out; the description still travels.
        break;
      }
      const count = Math.max(1, Math.ceil(bytes.length / PIECE_BYTES));
      for (let index = 0; index < count; index += 1) {
        const data = toBase64(bytes.subarray(index * PIECE_BYTES, (index + 1) * PIECE_BYTES));
        const value = { attachment: meta.id, part, index, count, data };
        counted.pieces += 1;
        yield JSON.stringify({
          table: MEDIA_TABLE,
          records: [{ id: `${meta.id}:${part}:${index}`, createdAt: 0, value }],
        });
      }
    }
  }
}

const PieceSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(200)),
  createdAt: v.literal(0),
  value: v.object({
    attachment: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    part: v.picklist(['original', 'thumb']),
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PIECES - 1)),
    count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PIECES)),
    data: v.pipe(
      v.string(),
      v.maxLength(Math.ceil(PIECE_BYTES / 3) * 4),
      v.regex(/^[A-Za-z0-9+/]*={0,2}$/),
    ),
  }),
});

/** Collects the pieces as frames are read; `finish` checks them against the attachments. */
export class MediaCollector {
  private readonly pieces = new Map<string, Map<number, Uint8Array<ArrayBuffer>>>();
  private readonly counts = new Map<string, number>();
  total = 0;

  add(records: readonly unknown[]): void {
    for (const raw of records) {
      const parsed = v.safeParse(PieceSchema, raw);
      if (!parsed.success) throw new BackupError('invalid');
      const { attachment, part, index, count, data } = parsed.output.value;
      const key = `${attachment}:${part}`;
      const known = this.counts.get(key);
      if ((known !== undefined && known !== count) || index >= count) {
        throw new BackupError('invalid');
      }
      this.counts.set(key, count);
      let list = this.pieces.get(key);
      if (!list) this.pieces.set(key, (list = new Map()));
      if (list.has(index)) throw new BackupError('invalid');
      list.set(index, fromBase64(data));
      this.total += 1;
    }
  }

  private whole(key: string): Uint8Array<ArrayBuffer> | undefined {
    const list = this.pieces.get(key);
    const count = this.counts.get(key);
    if (!list || count === undefined) return undefined;
    if (list.size !== count) throw new BackupError('damaged');
    const size = [...list.values()].reduce((sum, piece) => sum + piece.length, 0);
    const out = new Uint8Array(size);
    let at = 0;
    for (let index = 0; index < count; index += 1) {
      const piece = list.get(index) as Uint8Array;
      out.set(piece, at);
      at += piece.length;
    }
    return out;
  }

  /** Checks every attachment's bytes and ties them to `tables`; throws a BackupError. */
  async finish(tables: BackupTables): Promise<void> {
    const found: MediaBytes = new Map();
    const ids = new Set<string>();
    for (const record of tables.attachments ?? []) {
      const meta = record.value as Attachment;
      ids.add(meta.id);
      const original = this.whole(`${meta.id}:original`);
      if (!original) continue;
      if (original.length !== meta.size || (await sha256Hex(original)) !== meta.sha256) {
        throw new BackupError('damaged');
      }
      const thumb = this.whole(`${meta.id}:thumb`);
      if (thumb && thumb.length !== meta.thumb?.size) throw new BackupError('damaged');
      found.set(meta.id, thumb ? { original, thumb } : { original });
    }
    for (const key of this.pieces.keys()) {
      if (!ids.has(key.slice(0, key.lastIndexOf(':')))) throw new BackupError('invalid');
    }
    media.set(tables, found);
  }
}
