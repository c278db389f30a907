/**
 * The keyring: how the data key is stored. One format, with or without a passphrase.
 * See docs/decisions/0002-key-hierarchy.md.
 */
import { importDataKey, newRawDataKey } from './aesGcm';

export const KEYRING_ID = 'keyring';
export const KEYRING_FORMAT = 1;

export interface Argon2Params {
  alg: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: Uint8Array<ArrayBuffer>;
}

export type Keyring =
  | { id: typeof KEYRING_ID; format: 1; protection: 'none'; rawKey: Uint8Array<ArrayBuffer> }
  | {
      id: typeof KEYRING_ID;
      format: 1;
      protection: 'passphrase';
      kdf: Argon2Params;
      iv: Uint8Array<ArrayBuffer>;
      wrappedKey: Uint8Array<ArrayBuffer>;
    };

export function newOpenKeyring(): Keyring {
  return { id: KEYRING_ID, format: KEYRING_FORMAT, protection: 'none', rawKey: newRawDataKey() };
}

/** Reads the data key from a keyring with no passphrase. */
export function openKeyWithoutPassphrase(keyring: Keyring): Promise<CryptoKey> {
  if (keyring.protection !== 'none') throw new Error('This keyring needs a passphrase');
  return importDataKey(keyring.rawKey);
}
