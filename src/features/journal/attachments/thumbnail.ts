/**
 * Thumbnails are drawn on this device, on a canvas: nothing is sent anywhere. Drawing
 * decodes the picture and encodes a new small JPEG, so the thumbnail carries none of the
 * original's hidden details. Null when the browser cannot decode the file.
 */
import { MEDIA_LIMITS } from '../../../lib/mediaLimits';

export interface MadeThumbnail {
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
}

export function fitWithin(width: number, height: number, side: number) {
  const scale = Math.min(1, side / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Re-draws an image at most `side` pixels on its longer side, as JPEG bytes. */
export async function redrawImage(
  blob: Blob,
  side: number = MEDIA_LIMITS.thumbnailSide,
  quality = 0.75,
): Promise<MadeThumbnail | null> {
  if (typeof createImageBitmap !== 'function' || typeof document === 'undefined') return null;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return null;
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height, side);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const out = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', quality),
    );
    if (!out) return null;
    return { type: 'image/jpeg', bytes: new Uint8Array(await out.arrayBuffer()), ...size };
  } finally {
    bitmap.close();
  }
}
