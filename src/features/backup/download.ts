import { toDayKey } from '../../lib/dayKey';
import { disguiseSlug, rememberedDisguise } from '../../lib/disguise';

/** Saves a Blob as a file through a download link: nothing leaves the device. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the Blob before its URL is let go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Stems that only name the kind of file: a disguise's own word takes their place. */
const PLAIN_STEMS = new Set(['backup', 'journal', 'report']);

/**
 * A plain file name with the local date, e.g. backup-2026-11-22.keel. While a disguise is
 * worn it follows the disguise and never says "keel": notes-2026-11-22.bak.
 */
export function datedName(
  stem: string,
  extension: string,
  now = Date.now(),
  tabTitle = rememberedDisguise().title,
): string {
  const date = toDayKey(now);
  const cover = disguiseSlug(tabTitle);
  if (!cover) return `${stem}-${date}.${extension}`;
  const kind = PLAIN_STEMS.has(stem) ? '' : `-${stem}`;
  return `${cover}${kind}-${date}.${extension === 'keel' ? 'bak' : extension}`;
}
