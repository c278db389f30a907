import { describe, expect, it } from 'vitest';
import { loadJournal, readStoredEntry } from '../../../src/storage/entryReads';
import { saveEntryIfUnchanged } from '../../../src/storage/writes';
import type { Entry } from '../../../src/storage/types';
import { readVersions, sealVersion } from '../../../src/storage/versionReads';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { upgradeEntryFromVersionThree } from '../db/oldSchema';

const entry: Entry = {
  id: 'e-v3',
  createdAt: 1_760_000_000_000,
  updatedAt: 1_760_000_000_000,
  happenedAt: 1_759_999_000_000,
  text: 'Written when Keel was at schema version 3',
  mood: 3,
  feelings: ['f01'],
  events: ['e01'],
};

describe('opening a version 3 database with the schema that keeps earlier versions', () => {
  it('keeps every version 3 row as it was, adds an empty versions table, and edits keep versions from then on', async () => {
    const key = await importDataKey(newRawDataKey());
    await upgradeEntryFromVersionThree(key, entry, async (db, entryRow) => {
      expect(db.verno).toBe(5);
      expect(await db.versions.count()).toBe(0);
      const journal = await loadJournal(key);
      expect(journal.entries).toEqual([entry]);
      expect(journal.unreadable).toBe(0);
      const [stored] = await db.entries.toArray();
      const bytes = (b: Uint8Array | undefined) => [...(b ?? [])];
      expect(bytes(stored?.iv)).toEqual(bytes(entryRow.iv));
      expect(bytes(stored?.ct)).toEqual(bytes(entryRow.ct));
      expect(await db.deletions.count()).toBe(1);

      // An entry written before versions were kept gets its first one at its next edit.
      const found = await readStoredEntry(key, entry.id);
      if (found.found !== 'entry') throw new Error('expected the entry');
      const edited = {
        ...entry,
        text: 'Changed after the upgrade',
        updatedAt: entry.updatedAt + 60_000,
      };
      const earlier = await sealVersion(key, entry, edited.updatedAt);
      expect(await saveEntryIfUnchanged(key, edited, entry.id, found.iv, earlier)).toBe(true);
      expect((await readVersions(key, entry.id)).versions.map((v) => v.entry)).toEqual([entry]);
    });
  });
});
