/**
 * Removes everything Keel keeps on this device: the database (entries, drafts, tags,
 * settings, the keyring), any cached user data, and Keel's small local notes (tab
 * disguise, unlock attempts). The app's own code in the service worker cache stays.
 */
import { database, setDatabase } from './schema';

export async function wipeStorage(): Promise<void> {
  const db = database();
  await db.delete();
  setDatabase(null);
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) {
      // The precache holds only the app's own files, never anything written in it.
      if (!name.startsWith('workbox-precache')) await caches.delete(name);
    }
  }
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('keel.')) localStorage.removeItem(key);
    }
    sessionStorage.clear();
  } catch {
    // Storage off: nothing kept there.
  }
}
