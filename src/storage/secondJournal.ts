/**
 * The second journal: a separate database with its own keyring and data key, opened by a
 * second passphrase. This module knows which journal is open and points database() at it,
 * so every screen reads only that journal's rows. See docs/decisions/0022-second-passphrase.md.
 */
import { SEALED_TABLES } from './records';
import { sealRow, SETTINGS_ID } from './sealedRows';
import { DB_NAME, database, KeelDatabase, setDatabase, type SealedRow, TABLES } from './schema';
import { DEFAULT_SETTINGS, type Settings } from './types';
import { importDataKey, IV_BYTES, KEY_BYTES, newRawDataKey, randomBytes } from '../crypto/aesGcm';
import { newArgon2Params } from '../crypto/kdf';
import { type Argon2Params, KEYRING_FORMAT, KEYRING_ID, type Keyring } from '../crypto/keyring';
import { unwrapRawKey, WrongPassphraseError, wrapRawKey } from './passphrase';

export const SECOND_DB_NAME = 'keel-2';

/** The passphrase typed for the second journal already opens the real one. Nothing changed. */
export class SameAsRealPassphraseError extends Error {
  constructor() {
    super('That passphrase already opens this journal');
    this.name = 'SameAsRealPassphraseError';
  }
}

export type JournalKind = 'real' | 'second';

let openKind: JournalKind = 'real';
let realDb: KeelDatabase | null = null;
let secondDb: KeelDatabase | null = null;
let secondName = SECOND_DB_NAME;

/** Which journal the app is pointed at (the last one unlocked; the real one after a reload). */
export function journalKind(): JournalKind {
  return openKind;
}

function real(): KeelDatabase {
  if (openKind === 'real') realDb = database();
  return realDb ?? database();
}

function second(): KeelDatabase {
  if (!secondDb) {
    const db = new KeelDatabase(secondName);
    // Another tab needs a newer database: step aside so its upgrade is not blocked.
    db.on('versionchange', () => {
      db.close();
      if (secondDb === db) secondDb = null;
      return false;
    });
    secondDb = db;
  }
  return secondDb;
}

/** Points database() at one journal. Called only after its key unwrapped. */
export function pointAtJournal(kind: JournalKind): void {
  if (openKind === 'real') realDb = database();
  openKind = kind;
  setDatabase(kind === 'real' ? realDb : second());
}

async function keyringIn(db: KeelDatabase): Promise<Keyring | undefined> {
  return (await db.meta.get(KEYRING_ID)) as Keyring | undefined;
}

function sameSettings(kdf: Argon2Params | undefined): Argon2Params {
  if (!kdf) return newArgon2Params();
  const { alg, memoryKiB, iterations, parallelism } = kdf;
  return newArgon2Params({ alg, memoryKiB, iterations, parallelism });
}

/** Random bytes shaped like a wrapped keyring: no passphrase opens it. */
export function decoyKeyring(like?: Argon2Params): Keyring & { protection: 'passphrase' } {
  return {
    id: KEYRING_ID,
    format: KEYRING_FORMAT,
    protection: 'passphrase',
    kdf: sameSettings(like),
    iv: randomBytes(IV_BYTES),
    wrappedKey: randomBytes(KEY_BYTES + 16),
  };
}

/** The real journal's keyring and the second (or decoy) one, as stored now. */
export async function bothKeyrings(): Promise<{
  real: Keyring | undefined;
  second: Keyring | undefined;
}> {
  const [realRing, secondRing] = await Promise.all([keyringIn(real()), keyringIn(second())]);
  return { real: realRing, second: secondRing };
}

/** Once the real journal has a passphrase, the second database always holds a keyring. */
export async function ensureDecoy(realRing: Keyring | undefined): Promise<void> {
  if (realRing?.protection !== 'passphrase') return;
  const db = second();
  await db.transaction('rw', db.meta, async () => {
    if (await db.meta.get(KEYRING_ID)) return;
    await db.meta.put(decoyKeyring(realRing.kdf) as unknown as { id: string });
  });
}

/** True when a second passphrase is set (only asked from the real journal). */
export async function hasSecondJournal(): Promise<boolean> {
  return (await second().settings.count()) > 0;
}

/** The real journal can drop its passphrase only while no second journal depends on it. */
export async function canRemovePassphrase(): Promise<boolean> {
  return openKind === 'real' && !(await hasSecondJournal());
}

/** Refuses a second passphrase that the real keyring opens (they must differ). */
async function checkNotReal(passphrase: string, signal?: AbortSignal): Promise<void> {
  const realRing = await keyringIn(real());
  if (realRing?.protection !== 'passphrase') return;
  try {
    const raw = await unwrapRawKey(realRing, passphrase, signal);
    raw.fill(0);
  } catch (error) {
    if (error instanceof WrongPassphraseError) return;
    throw error;
  }
  throw new SameAsRealPassphraseError();
}

async function sealedTables(db: KeelDatabase) {
  return SEALED_TABLES.map((name) => db.table<SealedRow, string>(TABLES[name]));
}

/**
 * Sets a second passphrase from the real journal: a new data key, default tags, and settings
 * that carry over the device's choices (disguise, exit page, locking), so both look alike.
 */
export async function setSecondPassphrase(
  passphrase: string,
  realSettings: Settings,
  signal?: AbortSignal,
  now = Date.now(),
): Promise<void> {
  if (openKind !== 'real') throw new Error('Only the real journal sets a second passphrase');
  const realRing = await keyringIn(real());
  const realKdf = realRing?.protection === 'passphrase' ? realRing.kdf : undefined;
  const raw = newRawDataKey();
  try {
    const [keyring, key] = await Promise.all([
      wrapRawKey(raw, passphrase, sameSettings(realKdf), signal),
      importDataKey(raw),
      checkNotReal(passphrase, signal),
    ]);
    const { defaultTags } = await import('./defaultTags');
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      exitUrl: realSettings.exitUrl,
      tabTitle: realSettings.tabTitle,
      idleLockMinutes: realSettings.idleLockMinutes,
      lockWhenHidden: realSettings.lockWhenHidden,
      passphraseOffer: 'done',
    };
    const [tagRows, settingsRow] = await Promise.all([
      Promise.all(defaultTags(now).map((tag) => sealRow(key, 'tags', tag.id, tag.createdAt, tag))),
      sealRow(key, 'settings', SETTINGS_ID, 0, settings),
    ]);
    const db = second();
    const tables = await sealedTables(db);
    await db.transaction('rw', [db.meta, ...tables], async () => {
      for (const table of tables) await table.clear();
      await db.tags.bulkPut(tagRows);
      await db.settings.put(settingsRow);
      await db.meta.put(keyring as unknown as { id: string });
    });
  } finally {
    raw.fill(0);
  }
}

/** Changes the second passphrase from the real journal; the current one is needed. */
export async function changeSecondPassphrase(
  current: string,
  next: string,
  signal?: AbortSignal,
): Promise<void> {
  const db = second();
  const secondRing = await keyringIn(db);
  if (!secondRing) throw new WrongPassphraseError();
  const raw = await unwrapRawKey(secondRing, current, signal);
  try {
    const kdf = secondRing.protection === 'passphrase' ? secondRing.kdf : undefined;
    const [keyring] = await Promise.all([
      wrapRawKey(raw, next, sameSettings(kdf), signal),
      checkNotReal(next, signal),
    ]);
    await db.meta.put(keyring as unknown as { id: string });
  } finally {
    raw.fill(0);
  }
}

/** Deletes the second journal and leaves a decoy keyring in its place. */
export async function removeSecondPassphrase(): Promise<void> {
  const realRing = await keyringIn(real());
  const db = second();
  const tables = await sealedTables(db);
  await db.transaction('rw', [db.meta, ...tables], async () => {
    for (const table of tables) await table.clear();
    await db.meta.clear();
    await db.meta.put(
      decoyKeyring(realRing?.protection === 'passphrase' ? realRing.kdf : undefined) as unknown as {
        id: string;
      },
    );
  });
}

/** Delete everything: the journal that is not `deleted` goes too, and Keel starts afresh. */
export async function deleteOtherJournal(deleted: KeelDatabase): Promise<void> {
  const other = openKind === 'real' ? second() : (realDb ?? new KeelDatabase(DB_NAME));
  if (other !== deleted) await other.delete();
  openKind = 'real';
  realDb = null;
  secondDb = null;
}

/** Tests only: forget the open journal and use another name for the second database. */
export function resetSecondJournal(name = SECOND_DB_NAME): void {
  secondDb?.close();
  openKind = 'real';
  realDb = null;
  secondDb = null;
  secondName = name;
}
