import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTables, makeBackup, readBackupFile } from '../../../src/features/backup/backup';
import { readAllRecords, SAFETY_FIELDS } from '../../../src/features/backup/records';
import { decodeSettings } from '../../../src/storage/codec';
import { SEALED_TABLES } from '../../../src/storage/records';
import type { SealedTable } from '../../../src/storage/schema';
import type { Settings } from '../../../src/storage/types';
import { type ArbitraryJournal, arbitraryJournal } from '../arbitraries';
import { contentDiffers, type EntryVersion } from '../../../src/storage/versions';
import { freshDatabase } from '../helpers';
import { newKey, QUICK_KDF, rawSnapshot, recordsOf, seed } from './backupHelpers';

const byId = (list: { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

/** What a seeded journal should read back as, in the shape of `everything`. */
function everythingOf(journal: Parameters<typeof recordsOf>[0]) {
  return Object.fromEntries(
    Object.entries(recordsOf(journal)).map(([name, list]) => [name, byId(list)]),
  );
}

async function everything(key: CryptoKey) {
  const { tables, unreadable } = await readAllRecords(key);
  return {
    unreadable,
    tables: Object.fromEntries(Object.entries(tables).map(([name, list]) => [name, byId(list)])),
  };
}

const PHRASE = 'a long backup phrase';

/** A fresh database holding `journal`; returns its key. */
async function journalHolding(journal: Parameters<typeof seed>[1]): Promise<CryptoKey> {
  freshDatabase();
  const key = await newKey();
  await seed(key, journal);
  return key;
}

/** A backup of what the database of `key` holds, read back as its tables. */
async function backupTables(key: CryptoKey) {
  const made = await makeBackup(key, PHRASE, 1_700_000_000_000, QUICK_KDF);
  return readBackupFile(made.blob, PHRASE);
}

describe('an encrypted backup, made and restored', () => {
  it('is tested with journals that fill every table a backup holds', () => {
    const filled = new Set<string>();
    for (const journal of fc.sample(arbitraryJournal, { numRuns: 200, seed: 7 })) {
      for (const [name, rows] of Object.entries(recordsOf(journal))) {
        if (rows.length > 0) filled.add(name);
      }
    }
    expect([...filled].sort()).toEqual([...SEALED_TABLES].sort());
  });

  it('gives back exactly the same journal when imported into an empty one', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryJournal, async (journal) => {
        const keyA = await journalHolding(journal);
        const before = await everything(keyA);
        expect(before.tables).toEqual(everythingOf(journal));
        const tables = await backupTables(keyA);

        // An empty journal takes the backup as it is; merging into one must give the same.
        for (const mode of ['replace', 'merge'] as const) {
          freshDatabase();
          const keyB = await newKey();
          // Taking the backup's safety settings too, as the person may choose to.
          await importTables(keyB, tables, mode, undefined, { takeSafety: true });
          expect(await everything(keyB)).toEqual(before);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('changes nothing when the same backup is merged a second time', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryJournal, arbitraryJournal, async (theirs, ours) => {
        const tables = await backupTables(await journalHolding(theirs));
        const keyB = await journalHolding(ours);
        await importTables(keyB, tables, 'merge');
        const once = await rawSnapshot();
        const second = await importTables(keyB, tables, 'merge');
        expect(second.added + second.updated).toBe(0);
        expect(await rawSnapshot()).toEqual(once);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

interface Row {
  id: string;
  createdAt: number;
  value: unknown;
}

const at = (row: Row) => (row.value as { updatedAt?: number }).updatedAt ?? 0;

/** What a merge should leave for an id both journals hold, worked out from the rule itself. */
function expectedMerge(table: string, ours: Row, theirs: Row): Row {
  if (table !== 'settings') return at(theirs) > at(ours) ? theirs : ours;
  const a = ours.value as Settings;
  const b = theirs.value as Settings;
  const times = [a.lastBackupAt, b.lastBackupAt].filter((t): t is number => t !== null);
  const value = {
    ...(at(theirs) > at(ours) ? b : a),
    lastBackupAt: times.length === 0 ? null : Math.max(...times),
  };
  return { ...ours, value };
}

const DELETABLE: ReadonlySet<SealedTable> = new Set(['entries', 'selfChecks', 'resources']);

/** Settings after a merge keep the safety settings here (the defaults when there were none). */
function keepSafety(ours: Settings | undefined) {
  const here = ours ?? decodeSettings({});
  return (row: Row): Row => ({
    ...row,
    value: {
      ...(row.value as Settings),
      ...Object.fromEntries(SAFETY_FIELDS.map((field) => [field, here[field]])),
    },
  });
}

/** Each earlier version as its entry and the time it was written, sorted (duplicates kept, to be seen). */
function versionKeys(rows: Row[]): string[] {
  return rows
    .map((r) => r.value as EntryVersion)
    .map((x) => `${x.entryId}@${x.entry.updatedAt}`)
    .sort();
}

/**
 * The versions a merge should leave, from the rules (history/merge.ts): both sides' versions
 * once each, and the text each side held that the merge did not keep as the entry, unless
 * the entry stays deleted.
 */
function expectedVersionKeys(
  ours: ArbitraryJournal,
  theirs: ArbitraryJournal,
  deletedAt: ReadonlyMap<string, number>,
): string[] {
  const mine = new Map(ours.entries.map((e) => [e.id, e]));
  const other = new Map(theirs.entries.map((e) => [e.id, e]));
  const gone = (id: string) => {
    const marker = deletedAt.get(`entries:${id}`);
    const latest = Math.max(mine.get(id)?.updatedAt ?? -1, other.get(id)?.updatedAt ?? -1);
    return marker !== undefined && marker >= latest;
  };
  const keys = new Set<string>();
  for (const x of [...ours.versions, ...theirs.versions]) {
    if (!gone(x.entryId)) keys.add(`${x.entryId}@${x.entry.updatedAt}`);
  }
  for (const [id, here] of mine) {
    const there = other.get(id);
    if (!there || there.updatedAt === here.updatedAt || gone(id)) continue;
    if (!contentDiffers(here, there)) continue;
    keys.add(`${id}@${Math.min(here.updatedAt, there.updatedAt)}`);
  }
  return [...keys].sort();
}

describe('merging a backup into a journal that holds some of the same records', () => {
  it('keeps every record once, and the newer change of each', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryJournal, arbitraryJournal, async (theirs, ours) => {
        const tables = await backupTables(await journalHolding(theirs));
        const keyB = await journalHolding(ours);
        await importTables(keyB, tables, 'merge');

        const mine = recordsOf(ours);
        const other = recordsOf(theirs);
        // A record stays deleted when either side's marker is dated at or after its last change.
        const deletedAt = new Map<string, number>();
        for (const d of [...ours.deletions, ...theirs.deletions]) {
          deletedAt.set(d.id, Math.max(d.deletedAt, deletedAt.get(d.id) ?? -1));
        }
        const deleted = (name: SealedTable, r: Row) =>
          DELETABLE.has(name) && (deletedAt.get(`${name}:${r.id}`) ?? -1) >= at(r);
        const expected = Object.fromEntries(
          SEALED_TABLES.filter((name) => name !== 'versions').map((name) => {
            const here = new Map(mine[name].map((r) => [r.id, r]));
            const out = new Map(here);
            for (const r of other[name]) {
              if (deleted(name, r)) continue;
              const current = here.get(r.id);
              out.set(r.id, current ? expectedMerge(name, current, r) : r);
            }
            const kept = [...out.values()].filter((r) => !deleted(name, r));
            return [name, byId(name === 'settings' ? kept.map(keepSafety(ours.settings)) : kept)];
          }),
        );
        const { versions, ...merged } = (await everything(keyB)).tables;
        expect(merged).toEqual(expected);
        expect(versionKeys((versions ?? []) as Row[])).toEqual(
          expectedVersionKeys(ours, theirs, deletedAt),
        );
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe('a backup made by an earlier version', () => {
  it('still imports: format 1, kept as a fixture file', async () => {
    const { readFileSync } = await import('node:fs');
    freshDatabase();
    const key = await newKey();
    const bytes = readFileSync('tests/fixtures/backup-format-1.keel');
    const tables = await readBackupFile(new Blob([bytes]), 'golden format one');
    await importTables(key, tables, 'replace', undefined, { takeSafety: true });
    const { tables: stored } = await readAllRecords(key);
    expect(stored.entries.map((e) => (e.value as { text: string }).text).sort()).toEqual([
      'A second entry, with “quotes” and ünïcode.',
      'Written with backup format 1.',
    ]);
    expect(stored.tags).toHaveLength(2);
    expect(stored.settings[0]?.value).toMatchObject({ tabTitle: 'Notes' });
  }, 60_000);
});
