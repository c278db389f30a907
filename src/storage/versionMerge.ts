/**
 * How a merge treats earlier versions (backup/records.ts planImport calls this for the
 * `versions` table). Pure.
 * - A version is one per entry and time written: one the journal already holds (by id, or
 *   by entry and time written) is not added again, so importing a backup twice, or two
 *   backups holding the same history, adds nothing twice.
 * - An entry's versions go with it: when the entry stays deleted (a marker dated at or
 *   after its last change on either side), its versions are left out and removed here.
 * - When both sides hold an entry and their texts differ, the one the merge does not keep
 *   as the entry becomes an earlier version, so no saved text is lost.
 */
import { type Deletion, deletionId } from './deletions';
import type { Entry } from './types';
import { contentDiffers, type EntryVersion, newVersion } from './versions';

/** A record as an import sees it (backup/payload.ts BackupRecord). */
interface Row<V> {
  id: string;
  createdAt: number;
  value: V;
}

interface Side {
  entries?: readonly Row<Entry>[] | undefined;
  versions?: readonly Row<EntryVersion>[] | undefined;
}

export interface VersionPlan {
  puts: Row<EntryVersion>[];
  deletes: string[];
}

const keyOf = (entryId: string, writtenAt: number) => `${writtenAt}:${entryId}`;
const versionKey = (version: EntryVersion) => keyOf(version.entryId, version.entry.updatedAt);

export function planVersions(
  existing: Side,
  incoming: Side,
  markers: ReadonlyMap<string, Deletion>,
  newSuffix: () => string = () => crypto.randomUUID(),
): VersionPlan {
  const ours = new Map((existing.entries ?? []).map((r) => [r.id, r.value]));
  const theirs = new Map((incoming.entries ?? []).map((r) => [r.id, r.value]));
  const gone = (entryId: string): boolean => {
    const marker = markers.get(deletionId('entries', entryId));
    if (!marker) return false;
    const latest = Math.max(
      ours.get(entryId)?.updatedAt ?? -1,
      theirs.get(entryId)?.updatedAt ?? -1,
    );
    return marker.deletedAt >= latest;
  };

  const deletes: string[] = [];
  const ids = new Set<string>();
  const known = new Set<string>();
  for (const row of existing.versions ?? []) {
    const version = row.value;
    if (gone(version.entryId)) deletes.push(row.id);
    else {
      ids.add(row.id);
      known.add(versionKey(version));
    }
  }

  const puts: Row<EntryVersion>[] = [];
  const add = (row: Row<EntryVersion>, version: EntryVersion) => {
    puts.push(row);
    ids.add(row.id);
    known.add(versionKey(version));
  };
  for (const row of incoming.versions ?? []) {
    const version = row.value;
    if (gone(version.entryId) || ids.has(row.id) || known.has(versionKey(version))) continue;
    add(row, version);
  }

  for (const [entryId, here] of ours) {
    const there = theirs.get(entryId);
    if (!there || here.updatedAt === there.updatedAt || gone(entryId)) continue;
    if (!contentDiffers(here, there)) continue;
    const [older, newer] = here.updatedAt < there.updatedAt ? [here, there] : [there, here];
    if (known.has(keyOf(entryId, older.updatedAt))) continue;
    const version = newVersion(older, newer.updatedAt, newSuffix());
    add({ id: version.id, createdAt: 0, value: version }, version);
  }
  return { puts, deletes };
}
