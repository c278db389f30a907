import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTables, makeBackup, readBackupFile } from '../../../src/backup/backup';
import { sealBackup } from '../../../src/backup/crypt';
import { readAllRecords } from '../../../src/backup/records';
import { decodeDraft, decodeEntry, decodeSettings, decodeTag } from '../../../src/db/codec';
import { loadJournal, SETTINGS_ID } from '../../../src/db/repo';
import { freshDatabase } from '../helpers';
import { type Journal, newKey, QUICK_KDF, rawSnapshot, seed } from './backupHelpers';

const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const text = fc.string({ unit: 'binary', maxLength: 120 });
const mood = fc.constantFrom(null, 1, 2, 3, 4, 5);
const tagIds = fc.array(fc.constantFrom('f01', 'f06', 'e01', 'e02', 'mine'), { maxLength: 4 });
const id = fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 });
const prompt = fc.option(fc.string({ maxLength: 40 }), { nil: undefined });

const entryArb = fc
  .record({
    id,
    createdAt: time,
    updatedAt: time,
    happenedAt: time,
    text,
    mood,
    feelings: tagIds,
    events: tagIds,
    prompt,
  })
  .map(decodeEntry);

const draftArb = fc
  .record({
    id,
    createdAt: time,
    updatedAt: time,
    entryId: fc.option(id, { nil: null }),
    happenedAt: time,
    text,
    mood,
    feelings: tagIds,
    events: tagIds,
    prompt,
  })
  .map(decodeDraft);

const tagArb = fc
  .record({
    id,
    kind: fc.constantFrom('feeling' as const, 'event' as const),
    name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((s) => s.trim() || 'x'),
    hidden: fc.boolean(),
    order: fc.integer({ min: -5, max: 50 }),
    createdAt: time,
  })
  .map(decodeTag);

const settingsArb = fc
  .record({
    exitUrl: fc.constantFrom('https://www.bbc.com/weather', 'https://example.org/recipes'),
    tabTitle: fc.string({ maxLength: 40 }),
    idleLockMinutes: fc.integer({ min: 0, max: 1440 }),
    lockWhenHidden: fc.boolean(),
    reframes: fc.constantFrom('ask' as const, 'on' as const, 'off' as const),
    rememberStory: fc.constantFrom('ask' as const, 'on' as const, 'off' as const),
    lastBackupAt: fc.option(time, { nil: null }),
  })
  .map(decodeSettings);

const journalArb: fc.Arbitrary<Journal> = fc.record({
  entries: fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 8 }),
  drafts: fc.uniqueArray(draftArb, { selector: (d) => d.id, maxLength: 3 }),
  tags: fc.uniqueArray(tagArb, { selector: (t) => t.id, maxLength: 5 }),
  settings: settingsArb,
});

const byId = (list: { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

async function everything(key: CryptoKey) {
  const { tables, unreadable } = await readAllRecords(key);
  return {
    unreadable,
    tables: Object.fromEntries(Object.entries(tables).map(([name, list]) => [name, byId(list)])),
  };
}

describe('an encrypted backup, made and restored', () => {
  it('gives back exactly the same journal when imported into an empty one', async () => {
    await fc.assert(
      fc.asyncProperty(journalArb, async (journal) => {
        freshDatabase();
        const keyA = await newKey();
        await seed(keyA, journal);
        const before = await everything(keyA);
        const made = await makeBackup(keyA, 'a long backup phrase', 1_700_000_000_000, QUICK_KDF);

        freshDatabase();
        const keyB = await newKey();
        const tables = await readBackupFile(new Blob([made.bytes]), 'a long backup phrase');
        await importTables(keyB, tables, 'replace');
        expect(await everything(keyB)).toEqual(before);
      }),
      { numRuns: 4 },
    );
  }, 120_000);

  it('changes nothing when the same backup is merged a second time', async () => {
    await fc.assert(
      fc.asyncProperty(journalArb, journalArb, async (theirs, ours) => {
        freshDatabase();
        const keyA = await newKey();
        await seed(keyA, theirs);
        const made = await makeBackup(keyA, 'a long backup phrase', 1_700_000_000_000, QUICK_KDF);

        freshDatabase();
        const keyB = await newKey();
        await seed(keyB, ours);
        const tables = await readBackupFile(new Blob([made.bytes]), 'a long backup phrase');
        await importTables(keyB, tables, 'merge');
        const once = await rawSnapshot();
        const second = await importTables(keyB, tables, 'merge');
        expect(second.added + second.updated).toBe(0);
        expect(await rawSnapshot()).toEqual(once);
      }),
      { numRuns: 4 },
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
    await importTables(key, tables, 'replace');
    const { tables: stored } = await readAllRecords(key);
    expect(stored.entries.map((e) => (e.value as { text: string }).text).sort()).toEqual([
      'A second entry, with “quotes” and ünïcode.',
      'Written with backup format 1.',
    ]);
    expect(stored.tags).toHaveLength(2);
    expect(stored.settings[0]?.value).toMatchObject({ tabTitle: 'Notes' });
  }, 60_000);

  // Before "the whole story" asked first, it was a switch that started on. A backup from
  // then carries that switch; the shape below is what those versions wrote.
  const oldSettings = (rememberStory: boolean) => ({
    exitUrl: 'https://example.org/recipes',
    tabTitle: 'Notes',
    idleLockMinutes: 10,
    lockWhenHidden: true,
    reframes: 'on',
    rememberStory,
    lastBackupAt: 1_700_000_000_000,
  });
  const oldPayload = (settings: unknown) => ({
    app: 'keel',
    format: 1,
    createdAt: 1_700_000_100_000,
    tables: {
      entries: [
        {
          id: 'old1',
          createdAt: 1_700_000_000_000,
          value: {
            id: 'old1',
            createdAt: 1_700_000_000_000,
            updatedAt: 1_700_000_000_000,
            happenedAt: 1_700_000_000_000,
            text: 'Written before Keel asked about the whole story.',
            mood: 2,
            feelings: [],
            events: [],
          },
        },
      ],
      settings: [{ id: SETTINGS_ID, createdAt: 0, value: settings }],
    },
  });

  it.each([
    [true, 'ask'],
    [false, 'off'],
  ] as const)(
    'still imports settings with the old switch set to %s, read as %s',
    async (old, now) => {
      freshDatabase();
      const key = await newKey();
      const bytes = await sealBackup(
        oldPayload(oldSettings(old)),
        'an older phrase',
        1_700_000_100_000,
        QUICK_KDF,
      );
      const tables = await readBackupFile(new Blob([bytes]), 'an older phrase');
      await importTables(key, tables, 'replace');
      const journal = await loadJournal(key);
      expect(journal.settings).toEqual({ ...oldSettings(old), rememberStory: now });
      expect(journal.entries.map((e) => e.text)).toEqual([
        'Written before Keel asked about the whole story.',
      ]);
    },
    60_000,
  );

  it('still imports settings from before the switch existed, and then asks', async () => {
    freshDatabase();
    const key = await newKey();
    const { exitUrl, tabTitle, idleLockMinutes, lockWhenHidden } = oldSettings(true);
    const bytes = await sealBackup(
      oldPayload({ exitUrl, tabTitle, idleLockMinutes, lockWhenHidden }),
      'an older phrase',
      1_700_000_100_000,
      QUICK_KDF,
    );
    await importTables(key, await readBackupFile(new Blob([bytes]), 'an older phrase'), 'replace');
    const { settings } = await loadJournal(key);
    expect(settings).toMatchObject({ tabTitle: 'Notes', reframes: 'ask', rememberStory: 'ask' });
  }, 60_000);
});
