/** Reading and writing drafts: sealed as they are typed, written even as the page closes. */
import { DRAFT_DECODER } from './openingDecoders';
import { database, type SealedRow, TABLES } from './schema';
import type { Draft } from './types';
import { openRows, sealRow } from './sealedRows';

/** One draft straight from storage, or undefined when it is not there or cannot be read. */
export async function readDraft(key: CryptoKey, id: string): Promise<Draft | undefined> {
  const row = await database().drafts.get(id);
  if (!row) return undefined;
  return (await openRows(key, 'drafts', [row], DRAFT_DECODER)).values[0];
}

export function sealDraft(key: CryptoKey, draft: Draft): Promise<SealedRow> {
  return sealRow(key, 'drafts', draft.id, draft.createdAt, draft);
}

/**
 * Writes an already sealed draft. The IndexedDB request is made synchronously (not
 * through Dexie's promise queue), so it is sent even when called as the page closes.
 */
export function putSealedDraft(row: SealedRow): Promise<void> {
  const db = database();
  let tx: IDBTransaction;
  try {
    // isOpen() is already true while Dexie runs the upgrade of a new or older database,
    // and IndexedDB refuses another transaction until that ends: Dexie's queue waits for it.
    if (!db.isOpen()) throw new Error('Not open yet');
    tx = db.backendDB().transaction(TABLES.drafts, 'readwrite');
  } catch {
    return db.drafts.put(row).then(() => undefined);
  }
  return new Promise((resolve, reject) => {
    tx.objectStore(TABLES.drafts).put(row);
    // Ask for the commit now rather than when the (closing) page next idles.
    tx.commit();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('The draft could not be written'));
    tx.onabort = () => reject(tx.error ?? new Error('The draft write was stopped'));
  });
}

export async function saveDraft(key: CryptoKey, draft: Draft): Promise<void> {
  await putSealedDraft(await sealDraft(key, draft));
}

export async function deleteDraft(id: string): Promise<void> {
  await database().drafts.delete(id);
}
