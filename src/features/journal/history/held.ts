/**
 * The sealed version rows of the last deleted entry, kept in memory (still encrypted) so
 * Undo puts them back with the entry. Only one: Undo reaches only the last deletion.
 */
import type { SealedRow } from '../../../storage/schema';

let held: { entryId: string; rows: SealedRow[] } | null = null;

export function holdVersions(entryId: string, rows: SealedRow[]): void {
  held = { entryId, rows };
}

/** The held rows of this entry (then forgotten), or none. */
export function takeVersions(entryId: string): SealedRow[] {
  if (held?.entryId !== entryId) return [];
  const { rows } = held;
  held = null;
  return rows;
}
