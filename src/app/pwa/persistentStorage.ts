/**
 * Persistent storage: whether the browser promises not to clear Keel's storage when space
 * runs low, and how much space Keel uses. Asked for once, when the first entry is saved.
 */
import { useKeel } from '../store';

export interface StorageReport {
  /** null when the browser does not say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

function storage(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

export async function storageReport(): Promise<StorageReport> {
  const manager = storage();
  if (!manager) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    manager.persisted ? manager.persisted().catch(() => null) : Promise.resolve(null),
    manager.estimate ? manager.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser to keep Keel's storage. Resolves to its answer, or null if it cannot say. */
export async function askToKeepStorage(): Promise<boolean | null> {
  const manager = storage();
  if (!manager?.persist) return null;
  try {
    if (manager.persisted && (await manager.persisted())) return true;
    return await manager.persist();
  } catch {
    return null;
  }
}

/**
 * Asks once, right after the journal's first entry is saved (when there is something worth
 * keeping), and never again on its own. Returns a function that stops watching.
 */
export function askOnceAfterFirstEntry(ask: () => Promise<unknown> = askToKeepStorage): () => void {
  const unsubscribe = useKeel.subscribe((state, previous) => {
    const firstSaved =
      previous.phase === 'open' &&
      state.phase === 'open' &&
      !previous.loading &&
      previous.entries.size === 0 &&
      state.entries.size > 0;
    if (!firstSaved) return;
    unsubscribe();
    void ask();
  });
  return unsubscribe;
}

const UNITS = [
  { unit: 'gigabyte', size: 1e9 },
  { unit: 'megabyte', size: 1e6 },
  { unit: 'kilobyte', size: 1e3 },
] as const;

/** "1.2 MB", in the person's own number format. */
export function formatBytes(bytes: number, locale?: string): string {
  const chosen = UNITS.find((u) => bytes >= u.size);
  const format = (value: number, unit: string) =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: value < 10 ? 1 : 0,
    }).format(value);
  return chosen ? format(bytes / chosen.size, chosen.unit) : format(bytes, 'byte');
}
