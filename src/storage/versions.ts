/**
 * Earlier versions of an entry. Each save that changes an entry keeps the entry as it was,
 * sealed like every record, in the `versions` table. The row id is `${entryId}:${uuid}`
 * and is bound into the row's AES-GCM additional data (db/repo.ts aadFor), so a version
 * cannot be moved to another entry; its place in the entry's history is the time it was
 * written, inside the sealed record. The decoder checks the id, the entry id and the
 * earlier entry's own id agree. Pure: no storage here.
 */
import * as v from 'valibot';
import { decodeEntry } from './codec';
import type { Entry } from './types';

export interface EntryVersion {
  /** `${entryId}:${uuid}`. */
  id: string;
  entryId: string;
  /** The entry exactly as it was saved then; `entry.updatedAt` is when it was written. */
  entry: Entry;
  /** When a later save (or a merge) put another version in its place. */
  replacedAt: number;
}

const SEPARATOR = ':';
/** Version ids hold an entry id (up to 100 characters) and a UUID. */
export const MAX_VERSION_ID = 200;

export function versionId(entryId: string, suffix: string = crypto.randomUUID()): string {
  return `${entryId}${SEPARATOR}${suffix}`;
}

/** The entry a version id belongs to (entry ids may hold ':'; the suffix never does). */
export function entryIdOf(id: string): string {
  return id.slice(0, id.lastIndexOf(SEPARATOR));
}

/** The prefix every version id of an entry starts with (other entries' may too: check entryIdOf). */
export function versionPrefix(entryId: string): string {
  return `${entryId}${SEPARATOR}`;
}

/** A new version holding `earlier`, replaced at `at`. */
export function newVersion(earlier: Entry, at: number, suffix?: string): EntryVersion {
  return { id: versionId(earlier.id, suffix), entryId: earlier.id, entry: earlier, replacedAt: at };
}

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

const VersionSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(3), v.maxLength(MAX_VERSION_ID), v.includes(SEPARATOR)),
  entryId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  entry: v.unknown(),
  replacedAt: time,
});

export function decodeVersion(value: unknown): EntryVersion {
  const outer = v.parse(VersionSchema, value);
  const entry = decodeEntry(outer.entry);
  if (entryIdOf(outer.id) !== outer.entryId || entry.id !== outer.entryId) {
    throw new Error('This version does not belong to its entry');
  }
  return { ...outer, entry } as EntryVersion;
}

/** What a person wrote in an entry, without the times: two entries with the same are one text. */
function content(entry: Entry): unknown[] {
  return [
    entry.text,
    entry.mood,
    entry.feelings,
    entry.events,
    entry.happenedAt,
    entry.prompt ?? null,
    entry.harm ?? null,
  ];
}

/** True when saving `next` over `earlier` changes what was written (not only when). */
export function contentDiffers(earlier: Entry, next: Entry): boolean {
  return JSON.stringify(content(earlier)) !== JSON.stringify(content(next));
}

/** One earlier version as the entry page lists it. */
export interface VersionItem {
  id: string;
  /** When this version was written (saved). */
  writtenAt: number;
  /** When a later version replaced it. */
  replacedAt: number;
  entry: Entry;
}

/**
 * An entry's earlier versions to list, oldest first: only those of this entry, one per
 * time written (a merge may have brought the same version twice), and never one written
 * at the same time as the entry as it is now.
 */
export function versionList(versions: readonly EntryVersion[], current?: Entry): VersionItem[] {
  const byTime = new Map<number, VersionItem>();
  for (const version of versions) {
    if (current && version.entryId !== current.id) continue;
    const writtenAt = version.entry.updatedAt;
    if (current && writtenAt === current.updatedAt) continue;
    const had = byTime.get(writtenAt);
    if (had && had.id <= version.id) continue;
    byTime.set(writtenAt, {
      id: version.id,
      writtenAt,
      replacedAt: version.replacedAt,
      entry: version.entry,
    });
  }
  return [...byTime.values()].sort((a, b) => a.writtenAt - b.writtenAt || (a.id < b.id ? -1 : 1));
}

/** Whether and when an entry was changed after it was first written, for the report. */
export interface ChangeNote {
  writtenAt: number;
  /** The last change, or null when it was never changed. */
  changedAt: number | null;
  /** How many earlier versions are kept. */
  earlier: number;
}

/** An entry counts as changed when versions are kept, or its last save came over a second after it was written. */
export function changeNote(entry: Entry, versions: readonly VersionItem[]): ChangeNote {
  const changed = versions.length > 0 || entry.updatedAt > entry.createdAt + 1000;
  return {
    writtenAt: versions[0]?.entry.createdAt ?? entry.createdAt,
    changedAt: changed ? entry.updatedAt : null,
    earlier: versions.length,
  };
}
