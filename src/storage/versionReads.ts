/**
 * Reading and sealing earlier versions. Writes happen with the entry's own save and delete
 * (db/repo.ts), in the same transaction. Decryption happens outside any transaction.
 */
import { openRows, sealRow } from './sealedRows';
import { database, type SealedRow } from './schema';
import type { Entry } from './types';
import { decodeVersion, entryIdOf, type EntryVersion, newVersion, versionPrefix } from './versions';

/** Seals `earlier` as a version of its entry, replaced at `at` (plain created-at 0: no time in the clear). */
export function sealVersion(key: CryptoKey, earlier: Entry, at: number): Promise<SealedRow> {
  const version = newVersion(earlier, at);
  return sealRow(key, 'versions', version.id, 0, version);
}

async function rowsOf(entryId: string): Promise<SealedRow[]> {
  const rows = await database().versions.where('id').startsWith(versionPrefix(entryId)).toArray();
  return rows.filter((row) => entryIdOf(row.id) === entryId);
}

/** How many earlier versions an entry has, read from the ids alone (nothing decrypted). */
export async function countVersions(entryId: string): Promise<number> {
  const ids = await database()
    .versions.where('id')
    .startsWith(versionPrefix(entryId))
    .primaryKeys();
  return ids.filter((id) => entryIdOf(id) === entryId).length;
}

/** An entry's earlier versions; a row that cannot be read is counted, never thrown. */
export async function readVersions(
  key: CryptoKey,
  entryId: string,
): Promise<{ versions: EntryVersion[]; unreadable: number }> {
  const opened = await openRows(key, 'versions', await rowsOf(entryId), decodeVersion);
  return {
    versions: opened.values.filter((version) => version.entryId === entryId),
    unreadable: opened.unreadable,
  };
}

/** Every earlier version, by entry id (the printable report). */
export async function readAllVersions(key: CryptoKey): Promise<Map<string, EntryVersion[]>> {
  const rows = await database().versions.toArray();
  const opened = await openRows(key, 'versions', rows, decodeVersion);
  const byEntry = new Map<string, EntryVersion[]>();
  for (const version of opened.values) {
    const list = byEntry.get(version.entryId) ?? [];
    list.push(version);
    byEntry.set(version.entryId, list);
  }
  return byEntry;
}

/**
 * Removes these earlier versions of an entry (only ids of that entry), in one transaction.
 * No marker is kept: a merge of a backup made before brings them back (decision 0026).
 */
export async function deleteVersionRows(entryId: string, ids: readonly string[]): Promise<void> {
  const mine = ids.filter((id) => entryIdOf(id) === entryId);
  if (mine.length === 0) return;
  await database().versions.bulkDelete(mine);
}
