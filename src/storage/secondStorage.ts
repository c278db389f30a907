/**
 * The storage line of the second journal: the browser's estimate counts both journals'
 * databases, so there it counts only the open journal's rows (see
 * docs/decisions/0022-second-passphrase.md).
 */
import { database, type KeelDatabase } from './schema';
import { journalKind } from './secondJournal';

/** Rough bytes of one database's rows, as a reader of storage would count them. */
export async function rowBytes(db: KeelDatabase): Promise<number> {
  let total = 0;
  for (const table of db.tables) {
    await table.each((row: Record<string, unknown>) => {
      for (const value of Object.values(row)) {
        total +=
          value instanceof Uint8Array ? value.byteLength : String(JSON.stringify(value)).length;
      }
    });
  }
  return total;
}

type Estimate = StorageEstimate & { usageDetails?: { indexedDB?: number } };

/** The usage without the browser's IndexedDB part, plus `bytes`; null with no breakdown. */
export function usageWith(estimate: Estimate, bytes: number): number | null {
  const indexed = estimate.usageDetails?.indexedDB;
  if (indexed === undefined || estimate.usage === undefined) return null;
  return Math.max(0, estimate.usage - indexed) + bytes;
}

/** In the second journal, the usage it shows leaves the other journal out. */
export async function reportForOpenJournal<T extends { usage: number | null }>(
  report: T,
): Promise<T> {
  if (journalKind() !== 'second' || report.usage === null) return report;
  try {
    const estimate = (await navigator.storage.estimate()) as Estimate;
    return { ...report, usage: usageWith(estimate, await rowBytes(database())) };
  } catch {
    return { ...report, usage: null };
  }
}
