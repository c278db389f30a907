/**
 * Sealing backup files: a key derived from the backup's own passphrase (Argon2id, a fresh
 * salt each time), and AES-256-GCM with bytes of the file itself (its prelude, or a frame's
 * head) as the additional data, so a changed header or a moved frame fails to open. The file
 * format around these is in features/backup (format.ts, crypt.ts, chunks.ts).
 */
import { DEFAULT_ARGON2, deriveWrappingKey, newArgon2Params, normalisePassphrase } from './kdf';
import type { Argon2Params } from './keyring';

export type KdfBase = Omit<Argon2Params, 'salt'>;

export interface BackupKey {
  key: CryptoKey;
  params: Argon2Params;
}

/** Derives a fresh backup key (new salt) from the passphrase; can run while records are read. */
export async function newBackupKey(
  passphrase: string,
  kdfBase: KdfBase = DEFAULT_ARGON2,
): Promise<BackupKey> {
  const params = newArgon2Params(kdfBase);
  return { key: await deriveWrappingKey(normalisePassphrase(passphrase), params), params };
}

/** AES-GCM ciphertext (tag included) of `plain`, bound to `aad`. */
export function sealWithAad(
  key: CryptoKey,
  iv: BufferSource,
  aad: BufferSource,
  plain: BufferSource,
): Promise<ArrayBuffer> {
  return crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plain);
}

/** The plaintext of `sealed`; rejects when the key, the bytes or `aad` are not the ones sealed. */
export function openWithAad(
  key: CryptoKey,
  iv: BufferSource,
  aad: BufferSource,
  sealed: BufferSource,
): Promise<ArrayBuffer> {
  return crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, sealed);
}
