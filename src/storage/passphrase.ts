/**
 * Wrapping the data key under a passphrase, and unwrapping it again. Setting a passphrase
 * for the first time makes a new data key and re-seals every record with it (storage/rekey.ts);
 * changing one may do the same; removing one only unwraps.
 * Raw key bytes live only for the moment they are needed and are zeroed after.
 * Passphrases are NFC-normalised before deriving (journals wrapped before that still open).
 * See docs/decisions/0002-key-hierarchy.md, 0004-lock-and-quick-exit.md and 0011-rekey-on-first-passphrase.md.
 */
import { rekeyJournal, resealStragglers, sameKeyring } from './rekey';
import { database } from './schema';
import { readKeyring, writeKeyring } from './keyringStore';
import { importDataKey, newRawDataKey, openBytes, sealBytes } from '../crypto/aesGcm';
import {
  DerivationCancelledError,
  deriveWrappingKey,
  newArgon2Params,
  normalisePassphrase,
} from '../crypto/kdf';
import { type Argon2Params, KEYRING_FORMAT, KEYRING_ID, type Keyring } from '../crypto/keyring';

/** A passphrase that does not open the keyring. Nothing was changed. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase does not open this journal');
    this.name = 'WrongPassphraseError';
  }
}

/** The keyring is missing or not one Keel can read. Nothing was changed. */
export class KeyringProblemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyringProblemError';
  }
}

/** Binds the wrapped key to its parameters, so an edited header fails instead of misleading. */
function wrapAad(kdf: Argon2Params): string {
  return `keel/v1/keyring/${kdf.alg}/${kdf.memoryKiB}/${kdf.iterations}/${kdf.parallelism}`;
}

/** Wraps raw data key bytes under a passphrase. The caller still owns (and zeroes) `raw`. */
export async function wrapRawKey(
  raw: Uint8Array<ArrayBuffer>,
  passphrase: string,
  kdf: Argon2Params = newArgon2Params(),
  signal?: AbortSignal,
): Promise<Keyring> {
  const wrapping = await deriveWrappingKey(normalisePassphrase(passphrase), kdf, signal);
  const { iv, ct } = await sealBytes(wrapping, raw, wrapAad(kdf));
  return {
    id: KEYRING_ID,
    format: KEYRING_FORMAT,
    protection: 'passphrase',
    kdf,
    iv,
    wrappedKey: ct,
  };
}

async function unwrapExactly(
  keyring: Keyring & { protection: 'passphrase' },
  passphrase: string,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  const wrapping = await deriveWrappingKey(passphrase, keyring.kdf, signal);
  try {
    return await openBytes(
      wrapping,
      { iv: keyring.iv, ct: keyring.wrappedKey },
      wrapAad(keyring.kdf),
    );
  } catch {
    throw new WrongPassphraseError();
  }
}

/**
 * The raw data key bytes, and whether the passphrase only opened in the form it was typed
 * (a journal wrapped before passphrases were NFC-normalised). The caller zeroes `raw`.
 */
async function unwrapNormalised(
  keyring: Keyring,
  passphrase: string,
  signal?: AbortSignal,
): Promise<{ raw: Uint8Array<ArrayBuffer>; typedForm: boolean }> {
  if (keyring.protection === 'none') return { raw: keyring.rawKey.slice(), typedForm: false };
  const nfc = normalisePassphrase(passphrase);
  try {
    return { raw: await unwrapExactly(keyring, nfc, signal), typedForm: false };
  } catch (error) {
    if (!(error instanceof WrongPassphraseError) || nfc === passphrase) throw error;
  }
  // Once, the form as typed: a journal wrapped before normalising.
  return { raw: await unwrapExactly(keyring, passphrase, signal), typedForm: true };
}

/** The raw data key bytes. The caller must zero them when done. */
export async function unwrapRawKey(
  keyring: Keyring,
  passphrase: string,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  return (await unwrapNormalised(keyring, passphrase, signal)).raw;
}

/** The data key as a non-extractable CryptoKey, or WrongPassphraseError. */
export async function unlockKeyring(
  keyring: Keyring,
  passphrase: string,
  signal?: AbortSignal,
): Promise<CryptoKey> {
  const raw = await unwrapRawKey(keyring, passphrase, signal);
  try {
    return await importDataKey(raw);
  } finally {
    raw.fill(0);
  }
}

/** Stores `next` in place of `expected`, unless another tab changed the keyring meanwhile. */
async function replaceKeyring(expected: Keyring, next: Keyring): Promise<boolean> {
  const db = database();
  return db.transaction('rw', db.meta, async () => {
    if (!sameKeyring((await db.meta.get(KEYRING_ID)) as Keyring | undefined, expected)) {
      return false;
    }
    await db.meta.put(next as unknown as { id: string });
    return true;
  });
}

async function storedKeyring(): Promise<Keyring> {
  const keyring = await readKeyring();
  if (!keyring) throw new KeyringProblemError('There is no journal key on this device yet');
  return keyring;
}

export async function hasPassphrase(): Promise<boolean> {
  return (await readKeyring())?.protection === 'passphrase';
}

/**
 * Unlocks the stored keyring with a passphrase. A journal that opened only with the
 * passphrase as typed (wrapped before normalising) is wrapped again with the NFC form.
 */
export async function unlockStored(passphrase: string, signal?: AbortSignal): Promise<CryptoKey> {
  const keyring = await storedKeyring();
  const { raw, typedForm } = await unwrapNormalised(keyring, passphrase, signal);
  try {
    const key = await importDataKey(raw);
    if (typedForm && keyring.protection === 'passphrase') {
      try {
        const kdf = newArgon2Params(keyring.kdf); // the same settings, a new salt
        await replaceKeyring(keyring, await wrapRawKey(raw, passphrase, kdf));
      } catch {
        // It still opens as before; the next unlock tries again.
      }
    }
    return key;
  } finally {
    raw.fill(0);
  }
}

export interface ChangeOptions {
  kdf?: Argon2Params;
  /** Make a new data key and re-seal every record (always so when no passphrase was set). */
  newKey?: boolean;
  /** Cancel stops the key derivation (nothing is changed). */
  signal?: AbortSignal;
  /** Called when the re-sealed records start being written (Cancel no longer applies). */
  onWriting?: () => void | Promise<void>;
  /** Called at once when a new key is in place, so the open journal goes on with it. */
  onNewKey?: (key: CryptoKey) => void;
}

/**
 * Sets, changes or removes the passphrase: `current` opens today's keyring (ignored when
 * there is none), `next` is the new passphrase, or null to remove it.
 * Setting one for the first time, or asking for `newKey`, makes a new data key and
 * re-seals every record with it, all or nothing; the new key is returned so the open
 * journal can go on with it. Otherwise only the keyring row is rewritten (null returned).
 */
export async function changePassphrase(
  current: string,
  next: string | null,
  { kdf = newArgon2Params(), newKey = false, signal, onWriting, onNewKey }: ChangeOptions = {},
): Promise<CryptoKey | null> {
  const keyring = await storedKeyring();
  const raw = await unwrapRawKey(keyring, current, signal);
  let stored: Uint8Array<ArrayBuffer> | null = null;
  try {
    if (next === null) {
      stored = raw.slice();
      await writeKeyring({
        id: KEYRING_ID,
        format: KEYRING_FORMAT,
        protection: 'none',
        rawKey: stored,
      });
      return null;
    }
    if (!newKey && keyring.protection === 'passphrase') {
      await writeKeyring(await wrapRawKey(raw, next, kdf, signal));
      return null;
    }
    const fresh = newRawDataKey();
    try {
      const nextKeyring = await wrapRawKey(fresh, next, kdf, signal);
      const [previous, nextKey] = await Promise.all([importDataKey(raw), importDataKey(fresh)]);
      await rekeyJournal(previous, nextKey, keyring, nextKeyring, {
        onWriting: async () => {
          // Cancel holds until the write starts; after that it is all or nothing.
          if (signal?.aborted) throw new DerivationCancelledError();
          await onWriting?.();
        },
      });
      onNewKey?.(nextKey);
      // A save sealed with the old key just before the swap is sealed again, not lost.
      await resealStragglers(previous, nextKey).catch(() => 0);
      return nextKey;
    } finally {
      fresh.fill(0);
    }
  } finally {
    raw.fill(0);
    stored?.fill(0);
  }
}
