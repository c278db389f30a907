/**
 * Which sealed tables keep a plain created-at time beside the ciphertext. Only those whose
 * index orders by it (entries open newest first in chunks; self-checks load in order). Every
 * other row stores 0 there: its real times are inside the sealed record (docs/storage-in-the-clear.md).
 */
import type { SealedTable } from './schema';

const ORDERED_BY_TIME: ReadonlySet<SealedTable> = new Set(['entries', 'selfChecks']);

export function plainCreatedAt(table: SealedTable, createdAt: number): number {
  return ORDERED_BY_TIME.has(table) ? createdAt : 0;
}
