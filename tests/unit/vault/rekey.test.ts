import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SEALED_TABLES } from '../../../src/storage/records';
import { resealStragglers } from '../../../src/storage/rekey';
import { plainCreatedAt } from '../../../src/storage/plainTime';
import { aadFor, openRow } from '../../../src/storage/sealedRows';
import { readKeyring } from '../../../src/storage/keyringStore';
import {
  KeelDatabase,
  type SealedRow,
  type SealedTable,
  setDatabase,
} from '../../../src/storage/schema';
import { useKeel } from '../../../src/state/store';
import { importDataKey, sealJson } from '../../../src/crypto/aesGcm';
import { DEFAULT_ARGON2, MIN_ARGON2, newArgon2Params } from '../../../src/crypto/kdf';
import { changePassphrase, unlockStored, unwrapRawKey } from '../../../src/storage/passphrase';
import { openVault } from '../../../src/state/openVault';

const quick = () => newArgon2Params({ ...DEFAULT_ARGON2, ...MIN_ARGON2 });
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** Fails every write to `resources` while `failing.on` is set: the last sealed table written. */
const failing = { on: false };
const failResources: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'fail-resources',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'resources') return table;
      return {
        ...table,
        mutate: (req) =>
          failing.on ? Promise.reject(new Error('The disk is full')) : table.mutate(req),
      };
    },
  }),
};

/**
 * Seals any value as a row of `table`, like sealRow but without its record check: a re-key
 * moves bytes and must carry every row, whatever it holds.
 */
async function sealRow(
  key: CryptoKey,
  table: SealedTable,
  id: string,
  createdAt: number,
  value: unknown,
): Promise<SealedRow> {
  const { iv, ct } = await sealJson(key, value, aadFor(table, id));
  return { id, createdAt: plainCreatedAt(table, createdAt), iv, ct };
}

let counter = 0;
function freshDatabase(): KeelDatabase {
  counter += 1;
  const db = new KeelDatabase(`keel-rekey-${counter}-${Math.random().toString(36).slice(2)}`);
  db.use(failResources);
  setDatabase(db);
  failing.on = false;
  useKeel.setState(useKeel.getInitialState(), true);
  return db;
}

/** A journal with one or more rows in every sealed table, sealed with the key it opened with. */
async function journalInEveryTable(): Promise<{ db: KeelDatabase; key: CryptoKey }> {
  const db = freshDatabase();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  const { key } = opening;
  for (const [i, table] of SEALED_TABLES.entries()) {
    const row = await sealRow(key, table, `row-${i}`, 1_700_000_000_000 + i, { words: table });
    await db.table(table).put(row);
  }
  return { db, key };
}

async function rowsOf(db: KeelDatabase): Promise<Map<string, SealedRow>> {
  const all = new Map<string, SealedRow>();
  for (const table of SEALED_TABLES) {
    for (const row of await db.table<SealedRow, string>(table).toArray()) {
      all.set(`${table}/${row.id}`, row);
    }
  }
  return all;
}

/** How many rows of every table `key` opens, and how many it does not. */
async function readable(db: KeelDatabase, key: CryptoKey) {
  let opened = 0;
  let refused = 0;
  for (const table of SEALED_TABLES) {
    for (const row of await db.table<SealedRow, string>(table).toArray()) {
      try {
        await openRow(key, table, row);
        opened += 1;
      } catch {
        refused += 1;
      }
    }
  }
  return { opened, refused };
}

describe('a first passphrase makes a new data key and re-seals every record', () => {
  it('leaves no row the old key can open, and every row opens with the passphrase', async () => {
    const { db, key: oldKey } = await journalInEveryTable();
    const count = (await rowsOf(db)).size;
    const newKey = await changePassphrase('', 'first light', { kdf: quick() });
    expect(newKey).not.toBeNull();
    expect(await readable(db, oldKey)).toEqual({ opened: 0, refused: count });
    expect(await readable(db, await unlockStored('first light'))).toEqual({
      opened: count,
      refused: 0,
    });
    expect(await readable(db, newKey!)).toEqual({ opened: count, refused: 0 });
  });

  it('keeps each row’s id and table, and a plain created-at time only where an index orders by it', async () => {
    const { db } = await journalInEveryTable();
    const before = await rowsOf(db);
    await changePassphrase('', 'first light', { kdf: quick() });
    const after = await rowsOf(db);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, row] of after) {
      const ordered = id.startsWith('entries/') || id.startsWith('selfChecks/');
      expect(row.createdAt, id).toBe(ordered ? before.get(id)?.createdAt : 0);
    }
  });

  it('a write that fails partway changes nothing: the old key still opens every row', async () => {
    const { db, key: oldKey } = await journalInEveryTable();
    const keyringBefore = await readKeyring();
    const before = await rowsOf(db);
    failing.on = true;
    await expect(changePassphrase('', 'first light', { kdf: quick() })).rejects.toThrow();
    failing.on = false;

    const keyringAfter = await readKeyring();
    if (keyringBefore?.protection !== 'none' || keyringAfter?.protection !== 'none') {
      throw new Error('expected the keyring without a passphrase, as before');
    }
    expect(hex(keyringAfter.rawKey)).toBe(hex(keyringBefore.rawKey));
    const after = await rowsOf(db);
    expect([...after].map(([id, row]) => [id, hex(row.ct)])).toEqual(
      [...before].map(([id, row]) => [id, hex(row.ct)]),
    );
    // The journal opens as before, with the old key, and every row reads.
    const opening = await openVault();
    if (opening.state !== 'open') throw new Error('expected the journal to open');
    expect(await readable(db, opening.key)).toEqual({ opened: before.size, refused: 0 });
    expect(await readable(db, oldKey)).toEqual({ opened: before.size, refused: 0 });
  });

  it('a save that lands while records are re-sealed is re-sealed too, never undone', async () => {
    const { db, key: oldKey } = await journalInEveryTable();
    let late = true;
    const newKey = await changePassphrase('', 'first light', {
      kdf: quick(),
      onWriting: () => {
        if (!late) return;
        late = false;
        // Another tab (or a late autosave) writes with the old key just before the write.
        return sealRow(oldKey, 'entries', 'late', 1, { words: 'written meanwhile' }).then(
          async (row) => {
            await db.entries.put(row);
          },
        );
      },
    });
    const row = await db.entries.get('late');
    expect(row).toBeDefined();
    expect(await openRow(newKey!, 'entries', row!)).toEqual({ words: 'written meanwhile' });
  });

  it('a save sealed with the old key that lands after the swap is sealed again under the new one', async () => {
    const { db, key: oldKey } = await journalInEveryTable();
    const newKey = await changePassphrase('', 'first light', { kdf: quick() });
    await db.entries.put(await sealRow(oldKey, 'entries', 'late', 1, { words: 'just after' }));
    expect(await resealStragglers(oldKey, newKey!)).toBe(1);
    expect(await openRow(newKey!, 'entries', (await db.entries.get('late'))!)).toEqual({
      words: 'just after',
    });
  });
});

describe('changing a passphrase', () => {
  it('with "Make a new key", re-seals everything under a new key', async () => {
    const { db } = await journalInEveryTable();
    const first = await changePassphrase('', 'first light', { kdf: quick() });
    const firstRaw = hex(await unwrapRawKey((await readKeyring())!, 'first light'));
    const second = await changePassphrase('first light', 'second light', {
      kdf: quick(),
      newKey: true,
    });
    expect(second).not.toBeNull();
    expect(hex(await unwrapRawKey((await readKeyring())!, 'second light'))).not.toBe(firstRaw);
    const count = (await rowsOf(db)).size;
    expect(await readable(db, first!)).toEqual({ opened: 0, refused: count });
    expect(await readable(db, second!)).toEqual({ opened: count, refused: 0 });
  });

  it('removing a passphrase only unwraps: the same key, every row untouched', async () => {
    const { db } = await journalInEveryTable();
    const key = await changePassphrase('', 'first light', { kdf: quick() });
    const rawHex = hex(await unwrapRawKey((await readKeyring())!, 'first light'));
    const before = await rowsOf(db);
    expect(await changePassphrase('first light', null)).toBeNull();
    const keyring = await readKeyring();
    if (keyring?.protection !== 'none') throw new Error('expected no passphrase');
    expect(hex(keyring.rawKey)).toBe(rawHex);
    const after = await rowsOf(db);
    expect([...after.values()].map((r) => hex(r.ct))).toEqual(
      [...before.values()].map((r) => hex(r.ct)),
    );
    expect(await readable(db, await importDataKey(keyring.rawKey))).toEqual({
      opened: before.size,
      refused: 0,
    });
    expect(key).not.toBeNull();
  });
});
