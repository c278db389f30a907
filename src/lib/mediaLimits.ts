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

export function formatMegabytes(bytes: number): string {
  return `${(bytes / MB).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;
}

/** Why a file was not added, in kind words (null when it can be added). */
export function refusalFor(kind: 'image' | 'audio', size: number, inEntry: number): string | null {
  if (inEntry >= MEDIA_LIMITS.perEntry) {
    return `One entry can hold ${MEDIA_LIMITS.perEntry} photos and voice notes. Nothing was lost; another entry can hold more.`;
  }
  const limit = kind === 'image' ? MEDIA_LIMITS.photoBytes : MEDIA_LIMITS.voiceBytes;
  if (size > limit) {
    return kind === 'image'
      ? `This photo is ${formatMegabytes(size)}, more than Keel keeps in one photo (${formatMegabytes(limit)}). A screenshot or a smaller copy of it will fit.`
      : `This recording is larger than Keel keeps in one voice note (${formatMegabytes(limit)}).`;
  }
  if (size === 0) return 'This file is empty, so there was nothing to add.';
  return null;
}

export const VOICE_LIMIT_NOTE = `A voice note can be up to ${MEDIA_LIMITS.voiceMinutes} minutes long; recording stops by itself then, and keeps what was said.`;
export const PHOTO_LIMIT_NOTE = `Photos and screenshots up to ${formatMegabytes(MEDIA_LIMITS.photoBytes)} each.`;
