/**
 * Re-sealing every record under a new data key, all or nothing (docs/decisions/0011-rekey-on-first-passphrase.md).
 * Every row is read in one read transaction, decrypted and sealed again outside any
 * transaction (WebCrypto must not run inside one), then written in ONE write transaction
 * that also swaps the keyring. IndexedDB commits that transaction whole or not at all, so a
 * crash, a closed tab or a failed write leaves the old keyring with the old rows, or the new
 * keyring with the new rows, never a mix.
 */
import { openManyBytes, sealBytes } from '../crypto/aesGcm';
import { KEYRING_ID, type Keyring } from '../crypto/keyring';
import { SEALED_TABLES } from './records';
import { plainCreatedAt } from './plainTime';
import { aadFor } from './sealedRows';
import { database, type SealedRow, type SealedTable } from './schema';

/** The journal changed while it was being re-sealed (another tab or a late save); try again. */
export class JournalChangedError extends Error {
  constructor() {
    super('The journal changed while it was being re-sealed');
    this.name = 'JournalChangedError';
  }
}

type Snapshot = Record<SealedTable, SealedRow[]>;

/** Byte equality (structured clones may come from another realm, so no instanceof). */
function sameBytes(a: unknown, b: unknown): boolean {
  if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.byteLength !== b.byteLength) {
    return false;
  }
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return x.every((byte, i) => byte === y[i]);
}

/** True when two stored keyrings are the very same (same wrapped or raw bytes). */
export function sameKeyring(a: Keyring | undefined, b: Keyring): boolean {
  if (!a || a.protection !== b.protection) return false;
  if (a.protection === 'none' && b.protection === 'none') return sameBytes(a.rawKey, b.rawKey);
  if (a.protection === 'passphrase' && b.protection === 'passphrase') {
    return sameBytes(a.wrappedKey, b.wrappedKey) && sameBytes(a.iv, b.iv);
  }
  return false;
}

async function readSnapshot(): Promise<{ keyring: Keyring | undefined; rows: Snapshot }> {
  const db = database();
  const tables = SEALED_TABLES.map((name) => db.table<SealedRow, string>(name));
  return db.transaction('r', [db.meta, ...tables], async () => {
    const keyring = (await db.meta.get(KEYRING_ID)) as Keyring | undefined;
    const lists = await Promise.all(tables.map((table) => table.toArray()));
    const rows = Object.fromEntries(SEALED_TABLES.map((name, i) => [name, lists[i]])) as Snapshot;
    return { keyring, rows };
  });
}

/**
 * Seals each row again under `next`, keeping its id, table and bytes, and the plain created-at
 * only where an index needs it (storage/plainTime.ts). A row the
 * old key cannot open is left out (it stays as it is: unreadable either way).
 */
async function resealAll(previous: CryptoKey, next: CryptoKey, rows: Snapshot): Promise<Snapshot> {
  const out = {} as Snapshot;
  for (const table of SEALED_TABLES) {
    const list = rows[table];
    const plains = await openManyBytes(previous, list, (i) => aadFor(table, list[i]!.id));
    const sealed = await Promise.all(
      plains.map(async (plain, i): Promise<SealedRow | null> => {
        if (plain === null) return null;
        const row = list[i]!;
        const { iv, ct } = await sealBytes(next, new Uint8Array(plain), aadFor(table, row.id));
        return { id: row.id, createdAt: plainCreatedAt(table, row.createdAt), iv, ct };
      }),
    );
    out[table] = sealed.filter((row): row is SealedRow => row !== null);
  }
  return out;
}

export interface RekeyOptions {
  /** Called (and awaited) once everything is sealed, just before the one write transaction. */
  onWriting?: () => void | Promise<void>;
  /** How many times to start again when the journal changes meanwhile. */
  tries?: number;
}

/**
 * Re-seals every sealed record from `previous` to `next` and stores `nextKeyring` in the same
 * write transaction. `expected` is the keyring `previous` came from: if the stored keyring is
 * no longer that one, nothing is written. Rows added, removed or rewritten meanwhile make it
 * start again (up to `tries` times), so no save is ever undone.
 */
export async function rekeyJournal(
  previous: CryptoKey,
  next: CryptoKey,
  expected: Keyring,
  nextKeyring: Keyring,
  { onWriting, tries = 3 }: RekeyOptions = {},
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rekeyOnce(previous, next, expected, nextKeyring, onWriting);
      return;
    } catch (error) {
      if (!(error instanceof JournalChangedError) || attempt >= tries) throw error;
    }
  }
}

async function rekeyOnce(
  previous: CryptoKey,
  next: CryptoKey,
  expected: Keyring,
  nextKeyring: Keyring,
  onWriting?: () => void | Promise<void>,
): Promise<void> {
  const snapshot = await readSnapshot();
  if (!sameKeyring(snapshot.keyring, expected)) throw new JournalChangedError();
  const resealed = await resealAll(previous, next, snapshot.rows);
  await onWriting?.();
  const db = database();
  const tables = SEALED_TABLES.map((name) => db.table<SealedRow, string>(name));
  await db.transaction('rw', [db.meta, ...tables], async () => {
    const keyring = (await db.meta.get(KEYRING_ID)) as Keyring | undefined;
    if (!sameKeyring(keyring, expected)) throw new JournalChangedError();
    for (const [i, name] of SEALED_TABLES.entries()) {
      const table = tables[i]!;
      const now = await table.toArray();
      const before = snapshot.rows[name];
      if (now.length !== before.length) throw new JournalChangedError();
      const ivs = new Map(before.map((row) => [row.id, row.iv]));
      if (!now.every((row) => sameBytes(ivs.get(row.id), row.iv))) {
        throw new JournalChangedError();
      }
    }
    // For browser tests that interrupt the write (it costs nothing otherwise).
    performance.mark('keel:rekey-writing');
    for (const [i, name] of SEALED_TABLES.entries()) {
      await tables[i]!.bulkPut(resealed[name]);
    }
    await db.meta.put(nextKeyring as unknown as { id: string });
  });
}

/**
 * After the swap: a save sealed with the previous key just before the open journal took the
 * new one may land after the re-key. Any row only `previous` opens is sealed again under
 * `next` (a row rewritten meanwhile is left as the newer write has it). Returns how many.
 */
export async function resealStragglers(previous: CryptoKey, next: CryptoKey): Promise<number> {
  const { rows } = await readSnapshot();
  const found = {} as Snapshot;
  let count = 0;
  for (const table of SEALED_TABLES) {
    const list = rows[table];
    const withNext = await openManyBytes(next, list, (i) => aadFor(table, list[i]!.id));
    const stale = list.filter((_, i) => withNext[i] === null);
    const moved = await resealAll(previous, next, { ...emptySnapshot(), [table]: stale });
    found[table] = moved[table];
    count += moved[table].length;
  }
  if (count === 0) return 0;
  const db = database();
  const tables = SEALED_TABLES.map((name) => db.table<SealedRow, string>(name));
  await db.transaction('rw', tables, async () => {
    for (const [i, name] of SEALED_TABLES.entries()) {
      const before = new Map(rows[name].map((row) => [row.id, row.iv]));
      for (const row of found[name]) {
        const now = await tables[i]!.get(row.id);
        if (now && sameBytes(now.iv, before.get(row.id))) await tables[i]!.put(row);
      }
    }
  });
  return count;
}

function emptySnapshot(): Snapshot {
  return Object.fromEntries(SEALED_TABLES.map((name) => [name, []])) as unknown as Snapshot;
}
