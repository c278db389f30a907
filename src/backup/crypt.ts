/** Sealing and opening a whole backup file with a passphrase (Argon2id + AES-256-GCM). */
import { openBytes, randomBytes, sealBytes } from '../vault/crypto';
import { DEFAULT_ARGON2, deriveWrappingKey, newArgon2Params } from '../vault/kdf';
import type { Argon2Params } from '../vault/keyring';
import { BackupError } from './errors';
import {
  APP_VERSION,
  CHECK_AAD,
  encodePrelude,
  FORMAT_VERSION,
  joinBytes,
  parseFile,
  toBase64,
} from './format';

const TAG_BYTES = 16;

export type KdfBase = Omit<Argon2Params, 'salt'>;

/** Encrypts the payload into the bytes of a backup file. */
export async function sealBackup(
  payload: unknown,
  passphrase: string,
  now: number,
  kdfBase: KdfBase = DEFAULT_ARGON2,
): Promise<Uint8Array<ArrayBuffer>> {
  const plain = new TextEncoder().encode(JSON.stringify(payload));
  const params = newArgon2Params(kdfBase);
  const key = await deriveWrappingKey(passphrase, params);
  const check = await sealBytes(key, new Uint8Array(0), CHECK_AAD);
  const iv = randomBytes(12);
  const prelude = encodePrelude({
    format: FORMAT_VERSION,
    app: 'keel',
    appVersion: APP_VERSION,
    createdAt: now,
    kdf: { ...kdfBase, salt: toBase64(params.salt) },
    cipher: 'AES-256-GCM',
    iv: toBase64(iv),
    check: { iv: toBase64(check.iv), tag: toBase64(check.ct) },
    length: plain.length + TAG_BYTES,
  });
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: prelude },
    key,
    plain,
  );
  return joinBytes(prelude, new Uint8Array(ct));
}

/** Opens a backup file: the passphrase is checked first, then the whole file's integrity. */
export async function openBackup(
  bytes: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<unknown> {
  const { header, prelude, ciphertext } = parseFile(bytes);
  const key = await deriveWrappingKey(passphrase, header.kdf);
  try {
    await openBytes(key, { iv: header.check.iv, ct: header.check.tag }, CHECK_AAD);
  } catch {
    throw new BackupError('passphrase');
  }
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: header.iv, additionalData: prelude },
      key,
      ciphertext,
    );
  } catch {
    throw new BackupError('damaged');
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)) as unknown;
  } catch {
    throw new BackupError('invalid');
  }
}
