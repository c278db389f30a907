/**
 * An attachment's description: what it is, how big, its SHA-256 and its own content key.
 * Sealed like every record (the `attachments` table of the registry, storage/records.ts), so a
 * re-key re-seals it and the chunks need not be touched. Decrypted JSON is untrusted until
 * it passes decodeAttachment.
 */
import * as v from 'valibot';
import { LIMITS } from './limits';
import { MEDIA_LIMITS } from '../lib/mediaLimits';

export type AttachmentKind = 'image' | 'audio';

export interface Thumbnail {
  type: string;
  size: number;
}

export interface Attachment {
  id: string;
  kind: AttachmentKind;
  /** The file's media type, as the browser gave it (image/jpeg, audio/webm…). */
  type: string;
  /** Bytes of the original. */
  size: number;
  /** SHA-256 of the original bytes when added, lowercase hex. */
  sha256: string;
  /** The content key of its chunks, base64 (32 bytes). */
  key: string;
  /** A photo's alt text, or the note typed beside a voice note. */
  description: string;
  /** True when the photo said where it was taken (EXIF GPS) when added. */
  hasLocation: boolean;
  thumb: Thumbnail | null;
  /** A voice note's length. */
  durationMs?: number;
  createdAt: number;
  updatedAt: number;
}

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const size = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max));
const mediaType = v.pipe(v.string(), v.maxLength(100), v.regex(/^(image|audio)\/[\w.+-]+(;.*)?$/));

export const AttachmentSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id)),
  kind: v.picklist(['image', 'audio']),
  type: mediaType,
  size: size(Math.max(MEDIA_LIMITS.photoBytes, MEDIA_LIMITS.voiceBytes)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  key: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{43}=$/)),
  description: v.pipe(v.string(), v.maxLength(MEDIA_LIMITS.description)),
  hasLocation: v.boolean(),
  thumb: v.nullable(v.object({ type: mediaType, size: size(MEDIA_LIMITS.photoBytes) })),
  durationMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(86_400_000))),
  createdAt: time,
  updatedAt: time,
});

export function decodeAttachment(value: unknown): Attachment {
  const out = v.parse(AttachmentSchema, value) as Attachment;
  if (out.durationMs === undefined) delete out.durationMs;
  return out;
}

/** The attachment ids an entry or draft lists (anything else there is ignored). */
export function attachmentIdsOf(record: unknown): string[] {
  const list = (record as { attachments?: unknown } | null)?.attachments;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (id): id is string => typeof id === 'string' && id.length > 0 && id.length <= LIMITS.id,
  );
}
