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

declare global {
  interface Window {
    keelBenchSeed?: { seedBatch: typeof seedBatch };
  }
}

window.keelBenchSeed = { seedBatch };
document.body.dataset['ready'] = 'true';
