/** Sealing and opening a whole backup file with a passphrase (Argon2id + AES-256-GCM). */
import { openBytes, randomBytes, sealBytes } from '../vault/crypto';
import {
  DEFAULT_ARGON2,
  deriveWrappingKey,
  newArgon2Params,
  normalisePassphrase,
} from '../vault/kdf';
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

/** Encrypts the payload into the bytes of a backup file with a derived backup key. */
export async function sealBackupWith(
  { key, params }: BackupKey,
  payload: unknown,
  now: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const plain = new TextEncoder().encode(JSON.stringify(payload));
  const check = await sealBytes(key, new Uint8Array(0), CHECK_AAD);
  const iv = randomBytes(12);
  const { salt, ...kdf } = params;
  const prelude = encodePrelude({
    format: FORMAT_VERSION,
    app: 'keel',
    appVersion: APP_VERSION,
    createdAt: now,
    kdf: { ...kdf, salt: toBase64(salt) },
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

/** Encrypts the payload into the bytes of a backup file. */
export async function sealBackup(
  payload: unknown,
  passphrase: string,
  now: number,
  kdfBase: KdfBase = DEFAULT_ARGON2,
): Promise<Uint8Array<ArrayBuffer>> {
  return sealBackupWith(await newBackupKey(passphrase, kdfBase), payload, now);
}

/** Opens a backup file: the passphrase is checked first, then the whole file's integrity. */
export async function openBackup(
  bytes: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<unknown> {
  const { header, prelude, ciphertext } = parseFile(bytes);
  const key = await deriveWrappingKey(normalisePassphrase(passphrase), header.kdf);
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
