/**
 * The readable export as a zip: the Markdown and every photo and voice note of the chosen
 * entries. A picture leaves without its hidden details (EXIF, XMP, text: location, device) unless the
 * person chose to include original files. Loaded, with fflate, only when asked for.
 */
import { stripImageMetadata } from '../../lib/exif';
import type { Attachment } from '../../storage/attachmentCodec';
import { readAttachmentBytes, readAttachments } from '../../storage/attachmentRepo';
import type { Entry, Tag } from '../../storage/types';
import { toMarkdown } from './readable';

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
};

export function fileNameFor(meta: Attachment): string {
  const base = meta.type.split(';')[0] ?? '';
  return `media/${meta.id}.${EXTENSIONS[base] ?? 'bin'}`;
}

/** The bytes that go into an export or a print: a picture's hidden details left out unless `originals`. */
export function exportBytes(
  meta: Attachment,
  bytes: Uint8Array<ArrayBuffer>,
  originals: boolean,
): Uint8Array<ArrayBuffer> {
  if (originals || meta.kind !== 'image') return bytes;
  return stripImageMetadata(meta.type, bytes) ?? bytes;
}

export async function zipWithMedia(
  key: CryptoKey,
  entries: readonly Entry[],
  tags: readonly Tag[],
  originals: boolean,
): Promise<Blob> {
  const { strToU8, zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = {};
  const lines: string[] = [];
  for (const entry of entries) {
    const ids = entry.attachments ?? [];
    if (ids.length === 0) continue;
    lines.push(`\n### ${new Date(entry.happenedAt).toLocaleString()}\n`);
    for (const meta of await readAttachments(key, ids)) {
      if (!meta) continue;
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = exportBytes(meta, await readAttachmentBytes(meta, 'original'), originals);
      } catch {
        lines.push('- (an attachment that could not be read on this device)');
        continue;
      }
      const name = fileNameFor(meta);
      files[name] = bytes;
      const text = meta.description.replace(/[[\]\n]/g, ' ');
      lines.push(
        meta.kind === 'image'
          ? `![${text || 'A photo'}](${name})`
          : `- Voice note: [${name}](${name})${text ? ` ${text}` : ''}`,
      );
    }
  }
  const markdown =
    toMarkdown(entries, tags) +
    (lines.length > 0 ? `\n\n## Photos and voice notes\n${lines.join('\n')}\n` : '');
  files['journal.md'] = strToU8(markdown);
  // Photos and sound are compressed already: stored as they are.
  const zipped = zipSync(files, { level: 0 });
  return new Blob([zipped as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
