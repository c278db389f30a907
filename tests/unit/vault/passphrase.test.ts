import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadJournal } from '../../../src/storage/entryReads';
import { putEntries } from '../../../src/storage/writes';
import { readKeyring } from '../../../src/storage/keyringStore';
import { database } from '../../../src/storage/schema';
import { type Draft, type Entry, NEW_DRAFT_ID } from '../../../src/storage/types';
import { lockJournal } from '../../../src/app/lock';
import { openJournal } from '../../../src/app/start';
import { hasPendingDraft, scheduleDraftSave } from '../../../src/features/journal/autosave';
import { useKeel } from '../../../src/state/store';
import { DEFAULT_ARGON2, MIN_ARGON2, newArgon2Params } from '../../../src/crypto/kdf';
import {
  changePassphrase,
  hasPassphrase,
  unlockKeyring,
  unlockStored,
  unwrapRawKey,
  WrongPassphraseError,
  wrapRawKey,
} from '../../../src/storage/passphrase';
import { newRawDataKey } from '../../../src/crypto/aesGcm';
import { openVault } from '../../../src/state/openVault';
import { arbitraryEntry } from '../arbitraries';
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
    await changePassphrase('', 'first light', { kdf: params });
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

  it('changing it without a new key rewrites only the keyring: every record stays byte for byte the same', async () => {
    const key = await openFresh();
    await putEntries(key, [anEntry('a', 'the first page'), anEntry('b', 'the second page')]);
    await changePassphrase('', 'first light', { kdf: quick() });
    const before = await database().entries.toArray();
    await changePassphrase('first light', 'second light', { kdf: quick() });
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
    await changePassphrase('', 'first light', { kdf: quick() });
    const before = await readKeyring();
    await expect(changePassphrase('not it', 'other', { kdf: quick() })).rejects.toBeInstanceOf(
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
    await changePassphrase('', 'first light', { kdf: quick() });
    const wrapped = await readKeyring();
    if (!wrapped) throw new Error('expected a keyring');
    const wrappedHex = hex(await unwrapRawKey(wrapped, 'first light'));
    await changePassphrase('first light', null);
    const stored = await readKeyring();
    if (stored?.protection !== 'none') throw new Error('expected an open keyring');
    expect(hex(stored.rawKey)).toBe(wrappedHex);
    const opening = await openVault();
    if (opening.state !== 'open') throw new Error('expected an open vault');
    expect((await loadJournal(opening.key)).entries[0]?.text).toBe('kept through it all');
  });
});

/** Any passphrase a person could type or paste: any graphemes, or any code units at all. */
const anyPassphrase = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
);

/** A draft half typed when the lock comes: lockJournal must write it before dropping the key. */
const anyOpenDraft = fc.option(
  arbitraryEntry.map(({ id: _id, ...entry }): Draft => ({
    ...entry,
    id: NEW_DRAFT_ID,
    entryId: null,
  })),
  { nil: null },
);

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

describe('lock and unlock, for any passphrase and any entries', () => {
  it('lockJournal drops everything, and the passphrase brings every entry and draft back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyPassphrase,
        fc.uniqueArray(arbitraryEntry, { selector: (e) => e.id, maxLength: 6 }),
        anyOpenDraft,
        async (passphrase, entries, draft) => {
          const first = await openFresh();
          await putEntries(first, entries);
          const key = await changePassphrase('', passphrase, { kdf: quick() });
          if (!key) throw new Error('setting a first passphrase gives a new key');
          await openJournal(key);
          expect([...useKeel.getState().entries.values()].sort(byId)).toEqual(
            [...entries].sort(byId),
          );
          if (draft) scheduleDraftSave(key, draft);

          await lockJournal();
          const locked = useKeel.getState();
          expect(locked.phase).toBe('locked');
          expect(locked.key).toBeNull();
          expect(locked.entries.size).toBe(0);
          expect(locked.drafts.size).toBe(0);
          expect(hasPendingDraft()).toBe(false);

          await openJournal(await unlockStored(passphrase));
          const back = useKeel.getState();
          expect(back.phase).toBe('open');
          expect([...back.entries.values()].sort(byId)).toEqual([...entries].sort(byId));
          expect([...back.drafts.values()]).toEqual(draft ? [draft] : []);
          expect(back.unreadable).toBe(0);
        },
      ),
      // Two Argon2id runs (at the MIN_ARGON2 floor) per case, about 0.6 s here. Shrinking
      // would take minutes at that cost, so a failure reports the case as found.
      { numRuns: 10, endOnFailure: true },
    );
    // Took 59 s of a 60 s allowance with the machine busy (Argon2id is CPU-bound).
  }, 180_000);
});
