import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { loadJournal, sealRow } from '../../../src/db/repo';
import { KeelDatabase, setDatabase } from '../../../src/db/schema';
import type { Draft, Entry } from '../../../src/db/types';
import { importDataKey, newRawDataKey } from '../../../src/vault/crypto';

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

/** Exactly the version 1 schema, as it shipped. */
function versionOne(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    meta: 'id',
    entries: 'id, createdAt',
    drafts: 'id',
    tags: 'id',
    settings: 'id',
  });
  return db;
}

describe('opening a version 1 database with today’s schema', () => {
  it('keeps the old entries and drafts readable and adds empty reflect and safety tables', async () => {
    const name = `keel-migration-${Math.random().toString(36).slice(2)}`;
    const key = await importDataKey(newRawDataKey());

    const old = versionOne(name);
    await old.open();
    await old.table('entries').put(await sealRow(key, 'entries', entry.id, entry.createdAt, entry));
    await old.table('drafts').put(await sealRow(key, 'drafts', draft.id, draft.createdAt, draft));
    expect(old.verno).toBe(1);
    expect(old.tables.map((t) => t.name).sort()).toEqual([
      'drafts',
      'entries',
      'meta',
      'settings',
      'tags',
    ]);
    old.close();

    const db = new KeelDatabase(name);
    setDatabase(db);
    try {
      await db.open();
      expect(db.verno).toBe(2);
      const journal = await loadJournal(key);
      expect(journal.entries).toEqual([entry]);
      expect(journal.drafts).toEqual([draft]);
      expect(journal.unreadable).toBe(0);
      expect(await db.selfChecks.count()).toBe(0);
      expect(await db.safetyPlan.count()).toBe(0);
      expect(await db.resources.count()).toBe(0);
    } finally {
      db.close();
      setDatabase(null);
    }
  });
});
