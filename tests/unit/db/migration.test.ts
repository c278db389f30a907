import { describe, expect, it } from 'vitest';
import { loadJournal } from '../../../src/storage/entryReads';
import { sealRow } from '../../../src/storage/sealedRows';
import type { Draft, Entry, Settings, Tag } from '../../../src/storage/types';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { openVault } from '../../../src/state/openVault';
import { fromBase64, FROZEN_V1, storedRow, upgradeFrom } from './oldSchema';

const entry: Entry = {
  id: 'e-old',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  happenedAt: 1_699_999_000_000,
  text: 'Written before there was a safety plan',
  mood: 2,
  feelings: ['f01'],
  events: ['e01'],
};

const draft: Draft = {
  id: 'new',
  createdAt: 1_700_000_100_000,
  updatedAt: 1_700_000_100_000,
  entryId: null,
  happenedAt: 1_700_000_100_000,
  text: 'half a sentence from version 1',
  mood: null,
  feelings: [],
  events: [],
};

describe('opening a version 1 database with today’s schema', () => {
  it('keeps the old entries and drafts readable and adds empty reflect and safety tables', async () => {
    const key = await importDataKey(newRawDataKey());
    await upgradeFrom(
      1,
      async (old) => {
        await old
          .table('entries')
          .put(await sealRow(key, 'entries', entry.id, entry.createdAt, entry));
        await old
          .table('drafts')
          .put(await sealRow(key, 'drafts', draft.id, draft.createdAt, draft));
        expect(old.tables.map((t) => t.name).sort()).toEqual([
          'drafts',
          'entries',
          'meta',
          'settings',
          'tags',
        ]);
      },
      async (db) => {
        expect(db.verno).toBe(5);
        const journal = await loadJournal(key);
        expect(journal.entries).toEqual([entry]);
        expect(journal.drafts).toEqual([draft]);
        expect(journal.unreadable).toBe(0);
        expect(await db.selfChecks.count()).toBe(0);
        expect(await db.safetyPlan.count()).toBe(0);
        expect(await db.resources.count()).toBe(0);
      },
    );
  });
});

// The frozen version 1 database (FROZEN_V1): its plaintext is written out here, not read
// from the fixture, so the two cannot drift together.
const FROZEN_ENTRIES: Entry[] = [
  {
    id: '3f8a1c2e-5b7d-4e9f-8a6b-1c2d3e4f5a6b',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_500_000,
    happenedAt: 1_699_999_000_000,
    text: 'Written before there was a safety plan. Ünïcödé, 👩🏽‍💻 and "quotes".',
    mood: 2,
    feelings: ['f01', 'f-custom'],
    events: ['e01'],
  },
  {
    id: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
    createdAt: 1_700_086_400_000,
    updatedAt: 1_700_086_400_000,
    happenedAt: 1_700_086_400_000,
    text: 'A calm morning.',
    mood: null,
    feelings: [],
    events: [],
    prompt: 'What went well today?',
  },
];

const FROZEN_DRAFTS: Draft[] = [
  {
    id: 'new',
    createdAt: 1_700_000_100_000,
    updatedAt: 1_700_000_200_000,
    entryId: null,
    happenedAt: 1_700_000_100_000,
    text: 'half a sentence from version 1',
    mood: 4,
    feelings: ['f01'],
    events: [],
  },
];

const FROZEN_TAGS: Tag[] = [
  {
    id: 'f01',
    kind: 'feeling',
    name: 'Calm',
    hidden: false,
    order: 0,
    createdAt: 1_699_000_000_000,
  },
  {
    id: 'f-custom',
    kind: 'feeling',
    name: 'Restless',
    hidden: true,
    order: 7.5,
    createdAt: 1_699_500_000_000,
  },
  {
    id: 'e01',
    kind: 'event',
    name: 'Self-care',
    hidden: false,
    order: 0,
    createdAt: 1_699_000_000_000,
  },
];

const FROZEN_SETTINGS: Settings = {
  exitUrl: 'https://example.org/news',
  tabTitle: 'Notes',
  idleLockMinutes: 15,
  lockWhenHidden: true,
  reframes: 'off',
  // Sealed as the old switch, `false`: someone who turned it off keeps it off.
  rememberStory: 'off',
  lastBackupAt: 1_700_000_300_000,
};

describe('a frozen version 1 database (bytes sealed by an earlier Keel)', () => {
  it('upgrades to today’s schema and reads back every known entry, draft, tag and setting', async () => {
    const { meta, entries, drafts, tags, settings } = FROZEN_V1.tables;
    await upgradeFrom(
      1,
      async (old) => {
        await old
          .table('meta')
          .bulkPut(meta.map((row) => ({ ...row, rawKey: fromBase64(row.rawKey) })));
        await old.table('entries').bulkPut(entries.map(storedRow));
        await old.table('drafts').bulkPut(drafts.map(storedRow));
        await old.table('tags').bulkPut(tags.map(storedRow));
        await old.table('settings').bulkPut(settings.map(storedRow));
      },
      async (db) => {
        expect(db.verno).toBe(5);
        // The stored keyring opens the journal, as it does when the app starts.
        const opening = await openVault();
        if (opening.state !== 'open') throw new Error('expected the open keyring to open');
        expect(opening.firstRun).toBe(false);
        const journal = await loadJournal(opening.key);
        const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
        expect([...journal.entries].sort(byId)).toEqual([...FROZEN_ENTRIES].sort(byId));
        expect(journal.drafts).toEqual(FROZEN_DRAFTS);
        expect([...journal.tags].sort(byId)).toEqual([...FROZEN_TAGS].sort(byId));
        expect(journal.settings).toEqual(FROZEN_SETTINGS);
        expect(journal.unreadable).toBe(0);
        // The fixed raw key is the one in the keyring (the fixture is what it says it is).
        const fixed = await importDataKey(
          new Uint8Array(Buffer.from(FROZEN_V1.rawDataKeyHex, 'hex')),
        );
        expect((await loadJournal(fixed)).entries).toHaveLength(FROZEN_ENTRIES.length);
        // The upgrade rewrote nothing: every version 1 row keeps its bytes.
        const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
        const stored = await db.entries.toArray();
        expect(stored.map((r) => [r.id, hex(r.iv), hex(r.ct)]).sort()).toEqual(
          entries.map((r) => [r.id, hex(fromBase64(r.iv)), hex(fromBase64(r.ct))]).sort(),
        );
        expect(await db.selfChecks.count()).toBe(0);
        expect(await db.safetyPlan.count()).toBe(0);
        expect(await db.resources.count()).toBe(0);
      },
    );
  });
});
