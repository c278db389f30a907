/** The keyring's one row in the meta table. */
import { KEYRING_ID, type Keyring } from '../crypto/keyring';
import { database } from './schema';

export async function readKeyring(): Promise<Keyring | undefined> {
  return (await database().meta.get(KEYRING_ID)) as Keyring | undefined;
}

export async function writeKeyring(keyring: Keyring): Promise<void> {
  await database().meta.put(keyring as unknown as { id: string });
}

/** Stores the keyring unless one exists (another tab may have made it first); returns the stored one. */
export async function createKeyringIfMissing(
  keyring: Keyring,
): Promise<{ keyring: Keyring; created: boolean }> {
  const db = database();
  return db.transaction('rw', db.meta, async () => {
    const existing = (await db.meta.get(KEYRING_ID)) as Keyring | undefined;
    if (existing) return { keyring: existing, created: false };
    await db.meta.add(keyring as unknown as { id: string });
    return { keyring, created: true };
  });
}
