/**
 * The benchmark's data generator, run in the browser at the app's origin (served at
 * /__bench/seed.html, built separately into bench/.build). It writes through the app's
 * own vault and storage code, so the records are sealed exactly as the app seals them.
 * This hook lives only in the bench bundle, never in the app's.
 */
import { putEntries, saveSettings } from '../src/storage/writes';
import { DEFAULT_SETTINGS } from '../src/storage/types';
import { openVault } from '../src/state/openVault';
import { generateBatch } from './generate';
import { storeAttachment } from '../src/storage/attachmentRepo';

export interface SeedBatch {
  seed: number;
  from: number;
  to: number;
  total: number;
}

async function seedBatch({ seed, from, to, total }: SeedBatch): Promise<{ ms: number }> {
  const started = performance.now();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('The bench journal is locked');
  // A journal in daily use: its passphrase offer was answered long ago, so opening it does
  // not wait for the offer's screen (a new journal's first open does; that is not measured).
  if (opening.firstRun) {
    await saveSettings(opening.key, { ...DEFAULT_SETTINGS, passphraseOffer: 'done' });
  }
  await putEntries(opening.key, generateBatch(seed, from, to, total));
  return { ms: performance.now() - started };
}

/** A JPEG drawn on a canvas: the same picture for every entry (each sealed on its own). */
async function drawJpeg(
  width: number,
  height: number,
  hue: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  for (let y = 0; y < height; y += 8) {
    context.fillStyle = `hsl(${(hue + y) % 360} 50% 60%)`;
    context.fillRect(0, y, width, 8);
  }
  const blob = await new Promise<Blob>((resolve) =>
    canvas.toBlob((b) => resolve(b as Blob), 'image/jpeg', 0.8),
  );
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * The same entries as seedBatch, each holding one photo (a 640 x 480 original and its
 * 96 x 96 thumbnail), stored through the app's own attachment code.
 */
async function seedPhotoBatch({ seed, from, to, total }: SeedBatch): Promise<{ ms: number }> {
  const started = performance.now();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('The bench journal is locked');
  if (opening.firstRun) {
    await saveSettings(opening.key, { ...DEFAULT_SETTINGS, passphraseOffer: 'done' });
  }
  const [original, thumb] = await Promise.all([drawJpeg(640, 480, 20), drawJpeg(96, 96, 200)]);
  const entries = generateBatch(seed, from, to, total);
  for (const entry of entries) {
    const id = `att-bench-${entry.id}`;
    await storeAttachment(opening.key, {
      id,
      kind: 'image',
      type: 'image/jpeg',
      description: '',
      hasLocation: false,
      original,
      thumb: { type: 'image/jpeg', bytes: thumb },
      now: entry.createdAt,
    });
    entry.attachments = [id];
  }
  await putEntries(opening.key, entries);
  return { ms: performance.now() - started };
}

declare global {
  interface Window {
    keelBenchSeed?: { seedBatch: typeof seedBatch; seedPhotoBatch: typeof seedPhotoBatch };
  }
}

window.keelBenchSeed = { seedBatch, seedPhotoBatch };
document.body.dataset['ready'] = 'true';
