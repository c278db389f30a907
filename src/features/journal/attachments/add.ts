/**
 * Adding a photo, a screenshot or a voice note: the limits are checked before anything is
 * read, the SHA-256 is taken of the bytes as given, a photo's location is looked for, a
 * thumbnail is drawn here, and then all of it is sealed and stored (repo.ts).
 */
import type { Attachment } from '../../../storage/attachmentCodec';
import { jpegLocation } from '../../../lib/exif';
import { type Refusal, refusalFor } from '../../../lib/mediaLimits';
import { storeAttachment } from '../../../storage/attachmentRepo';
import { redrawImage } from './thumbnail';

/** A file was not added, for a reason shown kindly (words.ts). */
export class MediaRefusedError extends Error {
  constructor(readonly refusal: Refusal) {
    super(`Not added: ${refusal.reason}`);
    this.name = 'MediaRefusedError';
  }
}

export function newAttachmentId(): string {
  return `att-${crypto.randomUUID()}`;
}

export function isImageFile(file: Blob): boolean {
  return file.type.startsWith('image/');
}

/** Stores one image (picked, pasted or dropped); `inEntry` is how many the entry holds. */
export async function addImage(
  key: CryptoKey,
  file: Blob,
  inEntry: number,
  now = Date.now(),
): Promise<Attachment> {
  if (!isImageFile(file)) {
    throw new MediaRefusedError({ reason: 'notPicture' });
  }
  const refusal = refusalFor('image', file.size, inEntry);
  if (refusal) throw new MediaRefusedError(refusal);
  const original = new Uint8Array(await file.arrayBuffer());
  const thumb = await redrawImage(file);
  return storeAttachment(key, {
    id: newAttachmentId(),
    kind: 'image',
    type: file.type,
    description: '',
    hasLocation: jpegLocation(original) !== null,
    original,
    thumb: thumb && { type: thumb.type, bytes: thumb.bytes },
    now,
  });
}

/** Stores one recorded voice note. */
export async function addVoiceNote(
  key: CryptoKey,
  recording: Blob,
  durationMs: number,
  inEntry: number,
  now = Date.now(),
): Promise<Attachment> {
  const refusal = refusalFor('audio', recording.size, inEntry);
  if (refusal) throw new MediaRefusedError(refusal);
  return storeAttachment(key, {
    id: newAttachmentId(),
    kind: 'audio',
    type: recording.type || 'audio/webm',
    description: '',
    hasLocation: false,
    durationMs: Math.round(durationMs),
    original: new Uint8Array(await recording.arrayBuffer()),
    thumb: null,
    now,
  });
}
