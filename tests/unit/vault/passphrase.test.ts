import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadJournal, putEntries, readKeyring } from '../../../src/db/repo';
import { database } from '../../../src/db/schema';
import type { Entry } from '../../../src/db/types';
import { useKeel } from '../../../src/app/store';
import { DEFAULT_ARGON2, MIN_ARGON2, newArgon2Params } from '../../../src/vault/kdf';
import {
  changePassphrase,
  hasPassphrase,
  unlockKeyring,
  unlockStored,
  unwrapRawKey,
  WrongPassphraseError,
  wrapRawKey,
} from '../../../src/vault/passphrase';
import { newRawDataKey } from '../../../src/vault/crypto';
import { openVault } from '../../../src/vault/session';
import { freshDatabase } from '../helpers';

// The floor keeps unit tests quick; the app uses DEFAULT_ARGON2.
const quick = () => newArgon2Params({ ...DEFAULT_ARGON2, ...MIN_ARGON2 });

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

async function openFresh(): Promise<CryptoKey> {
  freshDatabase();
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  return opening.key;
}

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

describe('wrapping the data key under a passphrase', () => {
  it('gives back the same key bytes with the same passphrase', async () => {
    const raw = newRawDataKey();
    const keyring = await wrapRawKey(raw, 'a quiet harbour', quick());
    expect(keyring.protection).toBe('passphrase');
    const back = await unwrapRawKey(keyring, 'a quiet harbour');
    expect(hex(back)).toBe(hex(raw));
  });

  it('refuses a wrong passphrase with a WrongPassphraseError', async () => {
    const keyring = await wrapRawKey(newRawDataKey(), 'a quiet harbour', quick());
    await expect(unlockKeyring(keyring, 'a quiet harbor')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('does not unwrap when the stored parameters were edited', async () => {
    const keyring = await wrapRawKey(newRawDataKey(), 'a quiet harbour', quick());
    if (keyring.protection !== 'passphrase') throw new Error('expected a wrapped keyring');
    const edited = { ...keyring, kdf: { ...keyring.kdf, iterations: keyring.kdf.iterations + 1 } };
    await expect(unwrapRawKey(edited, 'a quiet harbour')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });
});

describe('setting, changing and removing the passphrase', () => {
  it('stores the Argon2id parameters and salt with the wrapped key, and reads them back', async () => {
    await openFresh();
    const params = quick();
    await changePassphrase('', 'first light', params);
    const stored = await readKeyring();
    if (stored?.protection !== 'passphrase') throw new Error('expected a wrapped keyring');
    expect(stored.kdf.alg).toBe('argon2id');
    expect(stored.kdf.memoryKiB).toBe(params.memoryKiB);
    expect(stored.kdf.iterations).toBe(params.iterations);
    expect(stored.kdf.parallelism).toBe(params.parallelism);
    expect(hex(stored.kdf.salt)).toBe(hex(params.salt));
    expect('rawKey' in stored).toBe(false);
    expect(await hasPassphrase()).toBe(true);
  });

  it('rewrites only the keyring: every record stays byte for byte the same', async () => {
    const key = await openFresh();
    await putEntries(key, [anEntry('a', 'the first page'), anEntry('b', 'the second page')]);
    const before = await database().entries.toArray();
    await changePassphrase('', 'first light', quick());
    await changePassphrase('first light', 'second light', quick());
    const after = await database().entries.toArray();
    expect(after.map((row) => hex(row.ct))).toEqual(before.map((row) => hex(row.ct)));
    const reopened = await loadJournal(await unlockStored('second light'));
    expect(reopened.entries.map((e) => e.text).sort()).toEqual([
      'the first page',
      'the second page',
    ]);
  });

  it('asks for the current passphrase to change it, and changes nothing when it is wrong', async () => {
    await openFresh();
    await changePassphrase('', 'first light', quick());
    const before = await readKeyring();
    await expect(changePassphrase('not it', 'other', quick())).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    const after = await readKeyring();
    if (before?.protection !== 'passphrase' || after?.protection !== 'passphrase') {
      throw new Error('expected a wrapped keyring');
    }
    expect(hex(after.wrappedKey)).toBe(hex(before.wrappedKey));
  });

  it('removing the passphrase stores the same data key unwrapped again', async () => {
    const key = await openFresh();
    await putEntries(key, [anEntry('a', 'kept through it all')]);
    const original = await readKeyring();
    if (original?.protection !== 'none') throw new Error('expected an open keyring');
    const originalHex = hex(original.rawKey);
    await changePassphrase('', 'first light', quick());
    await changePassphrase('first light', null);
    const stored = await readKeyring();
    if (stored?.protection !== 'none') throw new Error('expected an open keyring');
    expect(hex(stored.rawKey)).toBe(originalHex);
    const opening = await openVault();
    if (opening.state !== 'open') throw new Error('expected an open vault');
    expect((await loadJournal(opening.key)).entries[0]?.text).toBe('kept through it all');
  });
});

const entryArb = fc.record({
  id: fc.uuid(),
  text: fc.string({ maxLength: 200 }),
  mood: fc.constantFrom(null, 1, 2, 3, 4, 5),
  createdAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
});

describe('lock and unlock, for any passphrase and any entries', () => {
  it('brings every entry back exactly after locking and unlocking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 8 }),
        async (passphrase, drafts) => {
          const key = await openFresh();
          const entries: Entry[] = drafts.map((d) => ({
            ...anEntry(d.id, d.text),
            mood: d.mood as Entry['mood'],
            createdAt: d.createdAt,
            updatedAt: d.createdAt,
            happenedAt: d.createdAt,
          }));
          await putEntries(key, entries);
          await changePassphrase('', passphrase, quick());
          useKeel.getState().resetAll('locked');
          expect(useKeel.getState().key).toBeNull();
          const unlocked = await unlockStored(passphrase);
          const back = await loadJournal(unlocked);
          const byId = (a: Entry, b: Entry) => a.id.localeCompare(b.id);
          expect([...back.entries].sort(byId)).toEqual([...entries].sort(byId));
          expect(back.unreadable).toBe(0);
        },
      ),
      { numRuns: 4 },
    );
  });
});
