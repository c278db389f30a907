/**
 * Restoring from a backup on the lock screen, when the journal's passphrase is forgotten:
 * the backup takes the place of the locked journal. It gets a new data key, wrapped with
 * the backup's own passphrase (the one the person just typed), and every record and the
 * new keyring are written in one transaction, so a failed write leaves the locked journal
 * exactly as it was. Loaded only when the person asks for it.
 */
import { readBackupFile } from '../backup/backup';
import type { BackupTables } from '../backup/payload';
import { planImport, sealPlan } from '../backup/records';
import { database, type SealedRow, TABLES } from '../../storage/schema';
import { importDataKey, newRawDataKey } from '../../crypto/aesGcm';
import type { Argon2Params } from '../../crypto/keyring';
import { wrapRawKey } from '../../storage/passphrase';

export { readBackupFile };

/** Replaces the locked journal with the backup's records; returns the new data key. */
export async function replaceLockedJournal(
  tables: BackupTables,
  passphrase: string,
  kdf?: Argon2Params,
): Promise<CryptoKey> {
  const raw = newRawDataKey();
  let keyring;
  let key: CryptoKey;
  try {
    [keyring, key] = await Promise.all([wrapRawKey(raw, passphrase, kdf), importDataKey(raw)]);
  } finally {
    raw.fill(0);
  }
  const sealed = await sealPlan(key, planImport({}, tables, 'replace'));
  const db = database();
  const stores = sealed.map(([name]) => db.table<SealedRow, string>(TABLES[name]));
  await db.transaction('rw', [db.meta, ...stores], async () => {
    for (const [i, [, rows]] of sealed.entries()) {
      const table = stores[i]!;
      await table.clear();
      if (rows.length > 0) await table.bulkPut(rows);
    }
    await db.meta.put(keyring as unknown as { id: string });
  });
  return key;
}
