/**
 * Reading and writing the reflect and safety records. As in writes.ts: seal before the
 * write, read rows first and decrypt outside any transaction. Callers keep what they
 * load in component state, so it is dropped when the view unmounts (lock, quick exit).
 */
import type { Resource, SafetyPlan, SelfCheck } from './reflectSafetyTypes';
import { decodeResource, decodeSafetyPlan, decodeSelfCheck } from './reflectSafetyCodec';
import { type DeletableTable, newDeletion } from './deletions';
import { openRow, sealRow } from './sealedRows';
import { database, type SealedRow, type SealedTable, TABLES } from './schema';

/** Row ids are stored in the clear, so they say nothing. */
export const SAFETY_PLAN_ID = 'p1';

/** Decrypts rows, leaving out any that cannot be read (they stay in storage untouched). */
async function openEach<T>(
  key: CryptoKey,
  table: SealedTable,
  rows: SealedRow[],
  decode: (value: unknown) => T,
): Promise<T[]> {
  return (await openSorting(key, table, rows, decode)).values;
}

/** As openEach, and the ids of the rows that could not be read. */
async function openSorting<T>(
  key: CryptoKey,
  table: SealedTable,
  rows: SealedRow[],
  decode: (value: unknown) => T,
): Promise<{ values: T[]; damaged: string[] }> {
  const settled = await Promise.allSettled(
    rows.map(async (row) => decode(await openRow(key, table, row))),
  );
  const values: T[] = [];
  const damaged: string[] = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') values.push(result.value);
    else damaged.push((rows[i] as SealedRow).id);
  });
  return { values, damaged };
}

/** Every self-check, oldest first. */
export async function loadSelfChecks(key: CryptoKey): Promise<SelfCheck[]> {
  const rows = await database().selfChecks.orderBy('createdAt').toArray();
  const checks = await openEach(key, 'selfChecks', rows, decodeSelfCheck);
  return checks.sort((a, b) => a.createdAt - b.createdAt);
}

export async function saveSelfCheck(key: CryptoKey, check: SelfCheck): Promise<void> {
  const row = await sealRow(key, 'selfChecks', check.id, check.createdAt, check);
  await database().selfChecks.put(row);
}

/**
 * Deletes a record and keeps a sealed deletion marker, in one transaction, so a merge of
 * an older backup does not bring it back (as deleteEntryMarked in writes.ts).
 */
async function deleteMarked(
  key: CryptoKey,
  table: DeletableTable,
  id: string,
  deletedAt: number,
): Promise<void> {
  const marker = newDeletion(table, id, deletedAt);
  const row = await sealRow(key, 'deletions', marker.id, 0, marker);
  const db = database();
  const records = db.table<SealedRow, string>(TABLES[table]);
  await db.transaction('rw', [records, db.deletions], async () => {
    await records.delete(id);
    await db.deletions.put(row);
  });
}

export function deleteSelfCheck(key: CryptoKey, id: string, deletedAt = Date.now()): Promise<void> {
  return deleteMarked(key, 'selfChecks', id, deletedAt);
}

/** The safety plan, or null when none has been written yet. */
export async function loadSafetyPlan(key: CryptoKey): Promise<SafetyPlan | null> {
  const row = await database().safetyPlan.get(SAFETY_PLAN_ID);
  if (!row) return null;
  return decodeSafetyPlan(await openRow(key, 'safetyPlan', row));
}

export async function saveSafetyPlan(key: CryptoKey, plan: SafetyPlan): Promise<void> {
  const row = await sealRow(key, 'safetyPlan', SAFETY_PLAN_ID, plan.createdAt, {
    ...plan,
    id: SAFETY_PLAN_ID,
  });
  await database().safetyPlan.put(row);
}

/** Every stored resource, removed built-ins included (the caller decides what to show). */
export async function loadResources(key: CryptoKey): Promise<Resource[]> {
  return (await loadResourceRows(key)).values;
}

/** As loadResources, and the ids of stored rows that could not be read (never to be overwritten). */
export async function loadResourceRows(
  key: CryptoKey,
): Promise<{ values: Resource[]; damaged: string[] }> {
  const rows = await database().resources.toArray();
  return openSorting(key, 'resources', rows, decodeResource);
}

export async function saveResources(key: CryptoKey, resources: Resource[]): Promise<void> {
  const rows = await Promise.all(
    resources.map((resource) =>
      sealRow(key, 'resources', resource.id, resource.createdAt, resource),
    ),
  );
  await database().resources.bulkPut(rows);
}

/** Deletes a stored resource, keeping a deletion marker (see deleteMarked). */
export function deleteResource(key: CryptoKey, id: string, deletedAt = Date.now()): Promise<void> {
  return deleteMarked(key, 'resources', id, deletedAt);
}
