/**
 * Persistent storage: whether the browser promises not to clear Keel's storage when space
 * runs low, and how much space Keel uses. Asked for when the first entry is saved, and again
 * at later saves (at most once a day) while the browser has not agreed.
 */
import { useKeel } from '../../state/store';

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

/** Asking again at later saves waits this long after the last ask (browsers may prompt). */
export const ASK_AGAIN_AFTER_MS = 24 * 60 * 60 * 1000;

/** The browser's last answer this session: false is shown plainly (see StorageNote). */
let lastAnswer: boolean | null = null;
const answerListeners = new Set<() => void>();

export function storageAnswer(): boolean | null {
  return lastAnswer;
}

export function onStorageAnswer(listener: () => void): () => void {
  answerListeners.add(listener);
  return () => answerListeners.delete(listener);
}

function setAnswer(answer: boolean | null): void {
  lastAnswer = answer;
  for (const listener of answerListeners) listener();
}

/**
 * Asks right after the journal's first entry is saved (when there is something worth
 * keeping), and again at a later save while the browser has not agreed, at most once a day
 * (kept in memory, so at most once per opening beyond that). Returns a function that stops.
 */
export function askAtSaves(
  ask: () => Promise<boolean | null> = askToKeepStorage,
  now: () => number = Date.now,
): () => void {
  let askedAt: number | null = null;
  let granted = false;
  const unsubscribe = useKeel.subscribe((state, previous) => {
    const saved =
      previous.phase === 'open' &&
      state.phase === 'open' &&
      !previous.loading &&
      !state.loading &&
      state.entries !== previous.entries &&
      state.entries.size > 0;
    if (!saved || granted) return;
    if (askedAt !== null && now() - askedAt < ASK_AGAIN_AFTER_MS) return;
    askedAt = now();
    void ask().then((answer) => {
      granted = answer === true;
      setAnswer(answer);
    });
  });
  return unsubscribe;
}

/** The earlier name: asks after the first entry (and now at later saves, see askAtSaves). */
export const askOnceAfterFirstEntry = askAtSaves;

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
