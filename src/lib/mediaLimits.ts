/**
 * The limits of photos and voice notes, stated once: the inputs, the recorder, the store
 * and the backup reader all read these, and the kind messages quote them.
 */
export const MEDIA_LIMITS = {
  /** One photo or screenshot, as picked, pasted or dropped. */
  photoBytes: 25 * 1024 * 1024,
  /** One voice note: recording stops by itself at this length. */
  voiceMinutes: 30,
  /** One voice note's bytes (30 minutes of Opus is far below this). */
  voiceBytes: 60 * 1024 * 1024,
  /** Photos and voice notes in one entry. */
  perEntry: 30,
  /** A photo's description (its alt text) or the note beside a voice note. */
  description: 2000,
  /** Plaintext bytes of one sealed chunk (the last one is padded, see chunks.ts). */
  chunkBytes: 256 * 1024,
  /** The longer side of a thumbnail, in pixels. */
  thumbnailSide: 192,
} as const;

const MB = 1024 * 1024;

/** Bytes as megabytes, to one decimal place (the words around it are the caller's). */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

/** Why a file was not added; the kind words for each are in the catalogue. */
export type Refusal =
  | { reason: 'notPicture' }
  | { reason: 'tooMany'; limit: number }
  | { reason: 'photoTooBig'; size: number; limit: number }
  | { reason: 'voiceTooBig'; limit: number }
  | { reason: 'empty' };

/** Why a file cannot be added (null when it can). */
export function refusalFor(kind: 'image' | 'audio', size: number, inEntry: number): Refusal | null {
  if (inEntry >= MEDIA_LIMITS.perEntry) return { reason: 'tooMany', limit: MEDIA_LIMITS.perEntry };
  const limit = kind === 'image' ? MEDIA_LIMITS.photoBytes : MEDIA_LIMITS.voiceBytes;
  if (size > limit) {
    return kind === 'image'
      ? { reason: 'photoTooBig', size, limit }
      : { reason: 'voiceTooBig', limit };
  }
  if (size === 0) return { reason: 'empty' };
  return null;
}
