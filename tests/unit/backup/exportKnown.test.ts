import { describe, expect, it, vi } from 'vitest';
import { openJournal } from '../../../src/app/start';
import { exportBackup } from '../../../src/features/backup/actions';
import { readBackupFile } from '../../../src/features/backup/backup';
import { FIRST_CHUNK } from '../../../src/storage/entryReads';
import { putEntries, saveEntry } from '../../../src/storage/writes';
import type { Entry } from '../../../src/storage/types';
import { freshDatabase } from '../helpers';
import { entry, newKey } from './backupHelpers';

// The file is only made here, not offered as a download.
vi.mock('../../../src/features/backup/download', async (original) => ({
  ...(await original<typeof import('../../../src/features/backup/download')>()),
  downloadBlob: vi.fn(),
}));

const PHRASE = 'a phrase for this backup';

/** How many entry rows were decrypted while `run` ran (told apart by their additional data). */
async function entryDecrypts(run: () => Promise<unknown>): Promise<number> {
  const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
  try {
    await run();
    return decrypt.mock.calls.filter(([params]) => {
      const aad = (params as AesGcmParams).additionalData;
      return aad !== undefined && new TextDecoder().decode(aad).startsWith('keel/v1/entries/');
    }).length;
  } finally {
    decrypt.mockRestore();
  }
}

describe('making a backup of the open journal', () => {
  it('takes unchanged entries from the open journal, and reads afresh any written since', async () => {
    freshDatabase();
    const key = await newKey();
    // More than the first chunk, so entries come both with the first screen and after it.
    const entries: Entry[] = Array.from({ length: FIRST_CHUNK + 12 }, (_, i) =>
      entry(`e${String(i).padStart(2, '0')}`, `day ${i}`, { createdAt: 1_000 + i }),
    );
    await putEntries(key, entries);
    const { loaded } = await openJournal(key);
    await loaded;
    // Written behind the store's back (another tab): new rows, with new IVs. One of the
    // oldest entries (loaded after the first screen) and the newest (in the first chunk).
    const changed = [entries[3] as Entry, entries.at(-1) as Entry].map((e) => ({
      ...e,
      text: 'changed elsewhere',
      updatedAt: 9_000,
    }));
    for (const e of changed) await saveEntry(key, e);

    let file: Blob | undefined;
    const decrypted = await entryDecrypts(async () => {
      file = (await exportBackup(PHRASE)).blob;
    });
    expect(decrypted).toBe(2);

    const tables = await readBackupFile(file as Blob, PHRASE);
    const inFile = new Map((tables.entries ?? []).map((r) => [r.id, r.value]));
    expect(inFile.size).toBe(entries.length);
    const expected = new Map(entries.map((e) => [e.id, e]));
    for (const e of changed) expected.set(e.id, e);
    expect(inFile).toEqual(expected);
  }, 60_000);
});
