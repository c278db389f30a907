import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadJournal } from '../../../src/storage/entryReads';
import { putEntries } from '../../../src/storage/writes';
import { database, KeelDatabase } from '../../../src/storage/schema';
import { DEFAULT_SETTINGS, type Entry } from '../../../src/storage/types';
import { DEFAULT_ARGON2, MIN_ARGON2, newArgon2Params } from '../../../src/crypto/kdf';
import { KEYRING_ID } from '../../../src/crypto/keyring';
import { changePassphrase, WrongPassphraseError } from '../../../src/storage/passphrase';
import {
  canRemovePassphrase,
  changeSecondPassphrase,
  hasSecondJournal,
  journalKind,
  removeSecondPassphrase,
  resetSecondJournal,
  SameAsRealPassphraseError,
  setSecondPassphrase,
  pointAtJournal,
} from '../../../src/storage/secondJournal';
import { unlockEither } from '../../../src/storage/secondUnlock';
import { openVault } from '../../../src/state/openVault';
import { wipeStorage } from '../../../src/storage/wipe';
import { freshDatabase } from '../helpers';

const REAL = 'river stone lantern';
const SECOND = 'garden kettle morning';
const WRONG = 'not either of them';
let secondName = '';

const anEntry = (id: string, text: string): Entry => ({
  id,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  happenedAt: 1_700_000_000_000,
  text,
  mood: 3,
  feelings: [],
  events: [],
});

/** A real journal with a passphrase (at the quick floor) and one entry; the second is empty. */
async function realJournal(): Promise<KeelDatabase> {
  const realDb = freshDatabase();
  secondName = `${realDb.name}-second`;
  resetSecondJournal(secondName);
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  const key = await changePassphrase('', REAL, {
    newKey: true,
    kdf: newArgon2Params({ ...DEFAULT_ARGON2, ...MIN_ARGON2 }),
  });
  await putEntries(key!, [anEntry('real-1', 'words only the real journal holds')]);
  return realDb;
}

async function texts(key: CryptoKey): Promise<string[]> {
  const loaded = await loadJournal(key);
  return loaded.entries.map((entry) => entry.text);
}

beforeEach(async () => {
  await realJournal();
});

afterEach(() => resetSecondJournal());

// Every unlock runs two Argon2id derivations in-thread here: slow on a busy machine.
describe('a second passphrase', { timeout: 90_000 }, () => {
  it('opens its own journal, and the real passphrase opens the real one', async () => {
    await setSecondPassphrase(SECOND, DEFAULT_SETTINGS);
    expect(await hasSecondJournal()).toBe(true);

    const secondKey = await unlockEither(SECOND);
    expect(journalKind()).toBe('second');
    expect(database().name).toBe(secondName);
    await putEntries(secondKey, [anEntry('second-1', 'an ordinary day at work')]);
    expect(await texts(secondKey)).toEqual(['an ordinary day at work']);

    const realKey = await unlockEither(REAL);
    expect(journalKind()).toBe('real');
    expect(await texts(realKey)).toEqual(['words only the real journal holds']);
  });

  it('opens neither with a wrong passphrase, with or without a second journal', async () => {
    await expect(unlockEither(WRONG)).rejects.toBeInstanceOf(WrongPassphraseError);
    await setSecondPassphrase(SECOND, DEFAULT_SETTINGS);
    await expect(unlockEither(WRONG)).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(journalKind()).toBe('real');
  });

  it('gives the same outcome whatever order the passphrases are tried in', async () => {
    await setSecondPassphrase(SECOND, DEFAULT_SETTINGS);
    const outcome = async (passphrase: string) => {
      try {
        await unlockEither(passphrase);
        return journalKind();
      } catch (error) {
        return (error as Error).name;
      }
    };
    const orders = [
      [REAL, SECOND, WRONG],
      [WRONG, SECOND, REAL],
      [SECOND, WRONG, REAL],
    ];
    const expected: Record<string, string> = {
      [REAL]: 'real',
      [SECOND]: 'second',
      [WRONG]: 'WrongPassphraseError',
    };
    for (const order of orders) {
      for (const passphrase of order) expect(await outcome(passphrase)).toBe(expected[passphrase]);
    }
  });

  it("never opens the other journal's rows with either key", async () => {
    await setSecondPassphrase(SECOND, DEFAULT_SETTINGS);
    const secondKey = await unlockEither(SECOND);
    await putEntries(secondKey, [anEntry('second-1', 'an ordinary day')]);
    const realKey = await unlockEither(REAL);

    // The real key over the second database, and the second key over the real one.
    pointAtJournal('second');
    const secondRows = await loadJournal(realKey);
    expect(secondRows.entries).toEqual([]);
    expect(secondRows.unreadable).toBeGreaterThan(0);
    pointAtJournal('real');
    const realRows = await loadJournal(secondKey);
    expect(realRows.entries).toEqual([]);
    expect(realRows.unreadable).toBeGreaterThan(0);
  });

  it('is refused when it is the real passphrase, and nothing is made', async () => {
    await expect(setSecondPassphrase(REAL, DEFAULT_SETTINGS)).rejects.toBeInstanceOf(
      SameAsRealPassphraseError,
    );
    expect(await hasSecondJournal()).toBe(false);
  });

  it('changes with the current second passphrase, keeping its entries', async () => {
    await setSecondPassphrase(SECOND, DEFAULT_SETTINGS);
    const before = await unlockEither(SECOND);
    await putEntries(before, [anEntry('second-1', 'kept across the change')]);
    await unlockEither(REAL);

    await expect(changeSecondPassphrase(WRONG, 'a new second one')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await changeSecondPassphrase(SECOND, 'a new second one');
    await expect(unlockEither(SECOND)).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await texts(await unlockEither('a new second one'))).toEqual(['kept across the change']);
  });

  it('once removed, leaves a decoy keyring and no second journal', async () => {
    await setSecondPassphrase(SECOND, DEFAULT_SETTINGS);
    expect(await canRemovePassphrase()).toBe(false);
    await removeSecondPassphrase();
    expect(await hasSecondJournal()).toBe(false);
    expect(await canRemovePassphrase()).toBe(true);
    const decoy = await new KeelDatabase(secondName).meta.get(KEYRING_ID);
    expect(decoy?.protection).toBe('passphrase');
    await expect(unlockEither(SECOND)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('is not offered a passphrase removal from inside the second journal', async () => {
    await setSecondPassphrase(SECOND, DEFAULT_SETTINGS);
    await unlockEither(SECOND);
    expect(await canRemovePassphrase()).toBe(false);
  });

  it('writes a decoy keyring at the first unlock, so the second database always looks the same', async () => {
    await unlockEither(REAL);
    await expect
      .poll(async () => (await new KeelDatabase(secondName).meta.get(KEYRING_ID))?.protection)
      .toBe('passphrase');
  });

  it('is deleted with the real journal by Delete everything, from either journal', async () => {
    await setSecondPassphrase(SECOND, DEFAULT_SETTINGS);
    const realName = database().name;
    await unlockEither(SECOND);
    await wipeStorage();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(realName);
    expect(names).not.toContain(secondName);
    expect(journalKind()).toBe('real');
  });
});
