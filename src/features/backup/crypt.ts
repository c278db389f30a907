/**
 * The backup key (Argon2id from the passphrase), its check value, and format 1 files: one
 * AES-256-GCM ciphertext of the whole payload. Format 1 is still read; it is written only
 * by tests now (format 2, in chunks.ts, is what Keel writes).
 */
import { openBytes, randomBytes, sealBytes } from '../../crypto/aesGcm';
import {
  type BackupKey,
  type KdfBase,
  newBackupKey,
  openWithAad,
  sealWithAad,
} from '../../crypto/backupSeal';
import { DEFAULT_ARGON2, deriveWrappingKey, normalisePassphrase } from '../../crypto/kdf';
import type { Argon2Params } from '../../crypto/keyring';
import { BackupError } from './errors';
import { APP_VERSION } from '../../lib/version';
import {
  CHECK_AAD,
  encodePrelude,
  joinBytes,
  MAX_APP_VERSION,
  parseFile,
  toBase64,
} from './format';

const TAG_BYTES = 16;

/** The header fields every format shares: who made it, the KDF, and the passphrase check. */
export async function headerBase({ key, params }: BackupKey, now: number) {
  const check = await sealBytes(key, new Uint8Array(0), CHECK_AAD);
  const { salt, ...kdf } = params;
  return {
    app: 'keel' as const,
    appVersion: APP_VERSION.slice(0, MAX_APP_VERSION),
    createdAt: now,
    kdf: { ...kdf, salt: toBase64(salt) },
    cipher: 'AES-256-GCM' as const,
    check: { iv: toBase64(check.iv), tag: toBase64(check.ct) },
  };
}

/** Checks the passphrase against the header's check value, before anything else is opened. */
export async function checkPassphrase(
  key: CryptoKey,
  check: { iv: Uint8Array<ArrayBuffer>; tag: Uint8Array<ArrayBuffer> },
): Promise<void> {
  try {
    await openBytes(key, { iv: check.iv, ct: check.tag }, CHECK_AAD);
  } catch {
    throw new BackupError('passphrase');
  }
}

/** Encrypts the payload into the bytes of a format 1 backup file with a derived backup key. */
export async function sealBackupWith(
  backupKey: BackupKey,
  payload: unknown,
  now: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const { key } = backupKey;
  const plain = new TextEncoder().encode(JSON.stringify(payload));
  const iv = randomBytes(12);
  const prelude = encodePrelude({
    ...(await headerBase(backupKey, now)),
    format: 1,
    iv: toBase64(iv),
    length: plain.length + TAG_BYTES,
  });
  const ct = await sealWithAad(key, iv, prelude, plain);
  return joinBytes(prelude, new Uint8Array(ct));
}

/** Encrypts the payload into the bytes of a format 1 backup file. */
export async function sealBackup(
  payload: unknown,
  passphrase: string,
  now: number,
  kdfBase: KdfBase = DEFAULT_ARGON2,
): Promise<Uint8Array<ArrayBuffer>> {
  return sealBackupWith(await newBackupKey(passphrase, kdfBase), payload, now);
}

/**
 * Format 1 files made before passphrases were normalised to NFC were sealed with the
 * passphrase as typed: when the NFC form does not open one, the typed form is tried once.
 */
async function formatOneKey(
  passphrase: string,
  header: {
    kdf: Argon2Params;
    check: { iv: Uint8Array<ArrayBuffer>; tag: Uint8Array<ArrayBuffer> };
  },
): Promise<CryptoKey> {
  const nfc = normalisePassphrase(passphrase);
  const key = await deriveWrappingKey(nfc, header.kdf);
  try {
    await checkPassphrase(key, header.check);
    return key;
  } catch (error) {
    if (nfc === passphrase) throw error;
  }
  const typed = await deriveWrappingKey(passphrase, header.kdf);
  await checkPassphrase(typed, header.check);
  return typed;
}

/** Opens a format 1 file: the passphrase is checked first, then the whole file's integrity. */
export async function openBackup(
  bytes: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<unknown> {
  const { header, prelude, ciphertext } = parseFile(bytes);
  const key = await formatOneKey(passphrase, header);
  let plain: ArrayBuffer;
  try {
    plain = await openWithAad(key, header.iv, prelude, ciphertext);
  } catch {
    throw new BackupError('damaged');
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)) as unknown;
  } catch {
    throw new BackupError('invalid');
  }
}
