/**
 * Leaving nothing behind: removing attachments with every chunk, and sweeping what nothing
 * refers to any more (a photo whose entry is gone, chunks whose description is gone, earlier
 * versions whose entry is gone). The sweeps read ids only, except the one that must know
 * when an attachment was added. Nothing that cannot be read is ever removed by a sweep.
 */
import { decodeAttachment } from './attachmentCodec';
import { openRows } from './sealedRows';
import { database, type KeelDatabase } from './schema';
import { entryIdOf } from './versions';

/** The attachment a chunk belongs to: chunk ids are `${attachmentId}:${part}:${index}`. */
export function attachmentIdOfChunk(chunkId: string): string {
  const index = chunkId.lastIndexOf(':');
  return chunkId.slice(0, Math.max(0, chunkId.lastIndexOf(':', index - 1)));
}

/** Removes attachments (descriptions and every chunk) in one transaction. */
export async function deleteAttachmentRows(
  ids: readonly string[],
  db: KeelDatabase = database(),
): Promise<void> {
  if (ids.length === 0) return;
  await db.transaction('rw', [db.attachments, db.attachmentChunks], async () => {
    await db.attachments.bulkDelete([...ids]);
    for (const id of ids) await db.attachmentChunks.where('id').startsWith(`${id}:`).delete();
  });
}

/** Removes chunks whose attachment has no description (an import cut off half way, a replace). */
export async function sweepOrphanChunks(db: KeelDatabase = database()): Promise<number> {
  return db.transaction('rw', [db.attachments, db.attachmentChunks], async () => {
    const [described, chunkIds] = await Promise.all([
      db.attachments.toCollection().primaryKeys(),
      db.attachmentChunks.toCollection().primaryKeys(),
    ]);
    const have = new Set<string>(described);
    const orphans = chunkIds.filter((id) => !have.has(attachmentIdOfChunk(id)));
    if (orphans.length > 0) await db.attachmentChunks.bulkDelete(orphans);
    return orphans.length;
  });
}

/** Removes earlier versions whose entry is no longer stored (read or not). */
export async function sweepOrphanVersions(db: KeelDatabase = database()): Promise<number> {
  return db.transaction('rw', [db.entries, db.versions], async () => {
    const [entryIds, versionIds] = await Promise.all([
      db.entries.toCollection().primaryKeys(),
      db.versions.toCollection().primaryKeys(),
    ]);
    const have = new Set<string>(entryIds);
    const orphans = versionIds.filter((id) => !have.has(entryIdOf(id)));
    if (orphans.length > 0) await db.versions.bulkDelete(orphans);
    return orphans.length;
  });
}

/**
 * Removes the attachments that no entry or draft holds (`held`: every id the journal's
 * entries and drafts list, all of them read) and that were added before `addedBefore`:
 * a newer one may belong to a draft another tab is about to write. An attachment whose
 * description cannot be read stays.
 */
export async function sweepUnheldAttachments(
  key: CryptoKey,
  held: ReadonlySet<string>,
  addedBefore: number,
  db: KeelDatabase = database(),
): Promise<number> {
  const ids = (await db.attachments.toCollection().primaryKeys()).filter((id) => !held.has(id));
  if (ids.length === 0) return 0;
  const rows = (await db.attachments.bulkGet(ids)).filter((row) => row !== undefined);
  const { values } = await openRows(key, 'attachments', rows, decodeAttachment);
  const gone = values.filter((meta) => meta.createdAt < addedBefore).map((meta) => meta.id);
  await deleteAttachmentRows(gone, db);
  return gone.length;
}
