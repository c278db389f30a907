/**
 * Wrapping the data key under a passphrase, and unwrapping it again. Setting, changing
 * or removing a passphrase rewrites only the keyring row; no record is touched.
 * Raw key bytes live only for the moment they are needed and are zeroed after.
 * See docs/decisions/0002-key-hierarchy.md and 0004-lock-and-quick-exit.md.
 */
import { readKeyring, writeKeyring } from '../db/repo';
import { importDataKey, openBytes, sealBytes } from './crypto';
import { deriveWrappingKey, newArgon2Params } from './kdf';
import { type Argon2Params, KEYRING_FORMAT, KEYRING_ID, type Keyring } from './keyring';

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
): Promise<Keyring> {
  const wrapping = await deriveWrappingKey(passphrase, kdf);
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

/** The raw data key bytes. The caller must zero them when done. */
export async function unwrapRawKey(
  keyring: Keyring,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  if (keyring.protection === 'none') return keyring.rawKey.slice();
  const wrapping = await deriveWrappingKey(passphrase, keyring.kdf);
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

/** The data key as a non-extractable CryptoKey, or WrongPassphraseError. */
export async function unlockKeyring(keyring: Keyring, passphrase: string): Promise<CryptoKey> {
  const raw = await unwrapRawKey(keyring, passphrase);
  try {
    return await importDataKey(raw);
  } finally {
    raw.fill(0);
  }
}

async function storedKeyring(): Promise<Keyring> {
  const keyring = await readKeyring();
  if (!keyring) throw new KeyringProblemError('There is no journal key on this device yet');
  return keyring;
}

export async function hasPassphrase(): Promise<boolean> {
  return (await readKeyring())?.protection === 'passphrase';
}

/** Unlocks the stored keyring with a passphrase. */
export async function unlockStored(passphrase: string): Promise<CryptoKey> {
  return unlockKeyring(await storedKeyring(), passphrase);
}

/**
 * Sets, changes or removes the passphrase: `current` opens today's keyring (ignored when
 * there is none), `next` is the new passphrase, or null to remove it. Only the keyring
 * row is rewritten; the data key, and so every record, stays the same.
 */
export async function changePassphrase(
  current: string,
  next: string | null,
  kdf: Argon2Params = newArgon2Params(),
): Promise<void> {
  const keyring = await storedKeyring();
  const raw = await unwrapRawKey(keyring, current);
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
    } else {
      await writeKeyring(await wrapRawKey(raw, next, kdf));
    }
  } finally {
    raw.fill(0);
    stored?.fill(0);
  }
}
