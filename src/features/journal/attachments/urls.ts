/**
 * Decrypted media lives only in memory, as Blobs behind object URLs made here; nothing is
 * written to Cache Storage or any other store. Every URL is revoked when the session ends
 * (release.ts), and the cache is emptied with them.
 */
import type { Part } from '../../../crypto/attachmentChunks';
import type { Attachment } from '../../../storage/attachmentCodec';
import { holdMedia, onReleaseMedia } from './release';
import { readAttachmentBytes } from '../../../storage/attachmentRepo';

const urls = new Map<string, Promise<string>>();
let generation = 0;

function revokeAll(): void {
  generation += 1;
  const pending = [...urls.values()];
  urls.clear();
  for (const url of pending) void url.then(URL.revokeObjectURL, () => undefined);
}

onReleaseMedia(revokeAll);

/** An object URL for one part of an attachment, decrypted once and shared until release. */
export function objectUrlFor(meta: Attachment, part: Part): Promise<string> {
  holdMedia();
  const id = `${meta.id}:${part}`;
  const cached = urls.get(id);
  if (cached) return cached;
  const born = generation;
  const made = readAttachmentBytes(meta, part).then((bytes) => {
    const type = part === 'thumb' ? (meta.thumb?.type ?? meta.type) : meta.type;
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    // Released while decrypting: this URL must not outlive the lock.
    if (born !== generation) {
      URL.revokeObjectURL(url);
      throw new Error('Released');
    }
    return url;
  });
  urls.set(id, made);
  made.catch(() => urls.delete(id));
  return made;
}

/** Forgets one attachment's URLs (it was removed). */
export function forgetUrls(id: string): void {
  for (const part of ['original', 'thumb'] as const) {
    const url = urls.get(`${id}:${part}`);
    urls.delete(`${id}:${part}`);
    void url?.then(URL.revokeObjectURL, () => undefined);
  }
}

export function urlCount(): number {
  return urls.size;
}
