/**
 * Writing entries, tags and settings: seal first, then write in one short transaction.
 */
import { decodeSettings } from './codec';
import { deletionId, newDeletion } from './deletions';
import { database } from './schema';
import type { Entry, Settings, Tag } from './types';
import { SETTINGS_ID, openRows, sameBytes, sealRow } from './sealedRows';
import { type SealedRow } from './schema';
import { entryIdOf, versionPrefix } from './versions';

/**
 * Saves an entry over its stored row only if that row is still the one read (its IV, new on
 * every write, is the same), and removes the draft, in one transaction. False, writing
 * nothing, when another tab or an import wrote the entry in between.
 */
export async function saveEntryIfUnchanged(
  key: CryptoKey,
  entry: Entry,
  draftId: string,
  readIv: Uint8Array,
  earlier?: SealedRow,
): Promise<boolean> {
  const row = await sealRow(key, 'entries', entry.id, entry.createdAt, entry);
  const db = database();
  return db.transaction('rw', [db.entries, db.drafts, db.versions], async () => {
    const now = await db.entries.get(entry.id);
    if (!now || !sameBytes(now.iv, readIv)) return false;
    await db.entries.put(row);
    await db.drafts.delete(draftId);
    // The entry as it was, kept as an earlier version (storage/versions.ts).
    if (earlier) await db.versions.put(earlier);
    return true;
  });
}

/** Saves an entry and removes the draft it came from, in one transaction. */
export async function saveEntry(key: CryptoKey, entry: Entry, draftId?: string): Promise<void> {
  const row = await sealRow(key, 'entries', entry.id, entry.createdAt, entry);
  const db = database();
  await db.transaction('rw', [db.entries, db.drafts], async () => {
    await db.entries.put(row);
    if (draftId !== undefined) await db.drafts.delete(draftId);
  });
}

export async function putEntries(key: CryptoKey, entries: Entry[]): Promise<void> {
  const rows = await Promise.all(
    entries.map((entry) => sealRow(key, 'entries', entry.id, entry.createdAt, entry)),
  );
  await database().entries.bulkPut(rows);
}

export async function deleteEntry(id: string): Promise<void> {
  const db = database();
  await db.transaction('rw', [db.entries, db.drafts], async () => {
    await db.entries.delete(id);
    await db.drafts.delete(id);
  });
}

/**
 * Deletes an entry (and its draft) and keeps a sealed deletion marker, in one transaction,
 * so merging an older backup does not bring the entry back.
 */
export async function deleteEntryMarked(
  key: CryptoKey,
  id: string,
  deletedAt = Date.now(),
): Promise<SealedRow[]> {
  const marker = newDeletion('entries', id, deletedAt);
  const row = await sealRow(key, 'deletions', marker.id, 0, marker);
  const db = database();
  return db.transaction('rw', [db.entries, db.drafts, db.deletions, db.versions], async () => {
    await db.entries.delete(id);
    await db.drafts.delete(id);
    await db.deletions.put(row);
    // Its earlier versions go with it; the still-sealed rows come back for Undo.
    const versions = (await db.versions.where('id').startsWith(versionPrefix(id)).toArray()).filter(
      (version) => entryIdOf(version.id) === id,
    );
    await db.versions.bulkDelete(versions.map((version) => version.id));
    return versions;
  });
}

/**
 * Puts a deleted entry back (Undo) with its earlier versions' sealed rows, and removes its
 * deletion marker, in one transaction.
 */
export async function restoreEntry(
  key: CryptoKey,
  entry: Entry,
  versions: readonly SealedRow[] = [],
): Promise<void> {
  const row = await sealRow(key, 'entries', entry.id, entry.createdAt, entry);
  const db = database();
  await db.transaction('rw', [db.entries, db.deletions, db.versions], async () => {
    await db.entries.put(row);
    await db.deletions.delete(deletionId('entries', entry.id));
    if (versions.length > 0) await db.versions.bulkPut([...versions]);
  });
}

export async function saveTags(key: CryptoKey, tags: Tag[]): Promise<void> {
  const rows = await Promise.all(
    tags.map((tag) => sealRow(key, 'tags', tag.id, tag.createdAt, tag)),
  );
  await database().tags.bulkPut(rows);
}

/** Where a damaged settings row is set aside (its bytes unchanged), so a save never overwrites it. */
export const DAMAGED_SETTINGS_PREFIX = 'settings-damaged-';

/**
 * Writes the settings. A stored settings row that cannot be read is not overwritten: in the
 * same transaction it moves, byte for byte, to an id of its own (see docs/decisions).
 */
export async function saveSettings(key: CryptoKey, settings: Settings): Promise<void> {
  const row = await sealRow(key, 'settings', SETTINGS_ID, 0, settings);
  const db = database();
  const current = await db.settings.get(SETTINGS_ID);
  const damaged =
    current !== undefined &&
    (await openRows(key, 'settings', [current], decodeSettings)).unreadable > 0;
  await db.transaction('rw', db.settings, async () => {
    const still = await db.settings.get(SETTINGS_ID);
    if (damaged && still && sameBytes(still.iv, current.iv) && sameBytes(still.ct, current.ct)) {
      const aside = await db.settings.where('id').startsWith(DAMAGED_SETTINGS_PREFIX).count();
      await db.settings.add({ ...still, id: `${DAMAGED_SETTINGS_PREFIX}${aside + 1}` });
    }
    await db.settings.put(row);
  });
}
