/**
 * Shared set-up for migration tests: a database made with the schema exactly as it shipped
 * at an earlier version, filled with old rows, then opened with today's schema.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { expect } from 'vitest';
import { newDeletion } from '../../../src/storage/deletions';
import { KeelDatabase, type SealedRow, setDatabase } from '../../../src/storage/schema';
import { sealRow } from '../../../src/storage/sealedRows';
import type { Entry } from '../../../src/storage/types';

/** What each shipped version added (src/storage/schema.ts's versions 1 to 3). */
const SHIPPED: Record<string, string>[] = [
  { meta: 'id', entries: 'id, createdAt', drafts: 'id', tags: 'id', settings: 'id' },
  { selfChecks: 'id, createdAt', safetyPlan: 'id', resources: 'id' },
  { deletions: 'id' },
];

export type ShippedVersion = 1 | 2 | 3;

/** A Dexie database with the schema as it shipped up to `version`. */
export function shippedSchema(name: string, version: ShippedVersion): Dexie {
  const db = new Dexie(name);
  for (const [i, stores] of SHIPPED.slice(0, version).entries()) db.version(i + 1).stores(stores);
  return db;
}

/**
 * Makes a database at the shipped `version`, lets `fill` write its rows, then opens it with
 * today's schema (pointing the app at it) and hands it to `check`; closes both at the end.
 */
export async function upgradeFrom(
  version: ShippedVersion,
  fill: (old: Dexie) => Promise<unknown>,
  check: (db: KeelDatabase) => Promise<void>,
): Promise<void> {
  const name = `keel-v${version}-${Math.random().toString(36).slice(2)}`;
  const old = shippedSchema(name, version);
  await old.open();
  try {
    await fill(old);
    expect(old.verno).toBe(version);
  } finally {
    old.close();
  }
  const db = new KeelDatabase(name);
  setDatabase(db);
  try {
    await db.open();
    await check(db);
  } finally {
    db.close();
    setDatabase(null);
  }
}

/**
 * A version 3 database holding `entry` and a deletion marker (of another entry), both sealed
 * with `key`, opened with today's schema: `check` gets it and the entry's row as it was stored.
 */
export async function upgradeEntryFromVersionThree(
  key: CryptoKey,
  entry: Entry,
  check: (db: KeelDatabase, entryRow: SealedRow) => Promise<void>,
): Promise<void> {
  const entryRow = await sealRow(key, 'entries', entry.id, entry.createdAt, entry);
  const marker = newDeletion('entries', `${entry.id}-gone`, entry.createdAt + 100_000);
  await upgradeFrom(
    3,
    async (old) => {
      await old.table('entries').put(entryRow);
      await old.table('deletions').put(await sealRow(key, 'deletions', marker.id, 0, marker));
    },
    (db) => check(db, entryRow),
  );
}

/** A row of the frozen version 1 database, its bytes in base64. */
export interface FrozenRow {
  id: string;
  createdAt: number;
  iv: string;
  ct: string;
}

/**
 * A frozen version 1 database: rows sealed once (with the code of the time) under a fixed
 * data key, kept as literal bytes in tests/fixtures/database-v1.json. Never regenerate it:
 * if a test of it fails, stored journals out there would stop opening.
 */
export interface FrozenVersionOne {
  rawDataKeyHex: string;
  tables: {
    meta: { id: string; format: number; protection: string; rawKey: string }[];
    entries: FrozenRow[];
    drafts: FrozenRow[];
    tags: FrozenRow[];
    settings: FrozenRow[];
  };
}

export const FROZEN_V1 = JSON.parse(
  readFileSync(resolve(process.cwd(), 'tests/fixtures/database-v1.json'), 'utf8'),
) as FrozenVersionOne;

export const fromBase64 = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

/** A frozen row as stored: its iv and ciphertext as bytes. */
export const storedRow = (row: FrozenRow) => ({
  ...row,
  iv: fromBase64(row.iv),
  ct: fromBase64(row.ct),
});
