/**
 * The encrypted backup file: a magic line, a JSON header line, then AES-256-GCM
 * ciphertext of the JSON payload. The header bytes are the additional data, so any
 * change to them fails decryption. Written down in docs/backup-format.md.
 */
import * as v from 'valibot';
import { MAX_ARGON2, MIN_ARGON2 } from '../vault/kdf';
import type { Argon2Params } from '../vault/keyring';
import { BackupError } from './errors';

/** "KEEL-BACKUP\n": the first 12 bytes of every backup. */
export const MAGIC = 'KEEL-BACKUP\n';
/** Raise when the header or payload changes shape; add a migration for the old one. */
export const FORMAT_VERSION = 1;
export const APP_VERSION = '0.1.0';
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;
export const MAX_HEADER_BYTES = 4096;
export const CHECK_AAD = 'keel-backup/passphrase-check/v1';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const base64 = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9+/]*={0,2}$/),
    v.transform(fromBase64),
    v.check((bytes) => bytes.length >= min && bytes.length <= max),
  );

const whole = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** Only the format number, read first so a newer file gets the right message. */
const VersionSchema = v.object({ format: whole(1, Number.MAX_SAFE_INTEGER) });

export const HeaderSchema = v.object({
  format: whole(1, FORMAT_VERSION),
  app: v.literal('keel'),
  appVersion: v.pipe(v.string(), v.maxLength(40)),
  createdAt: whole(0, 8.64e15),
  kdf: v.object({
    alg: v.literal('argon2id'),
    memoryKiB: whole(MIN_ARGON2.memoryKiB, MAX_ARGON2.memoryKiB),
    iterations: whole(MIN_ARGON2.iterations, MAX_ARGON2.iterations),
    parallelism: whole(MIN_ARGON2.parallelism, MAX_ARGON2.parallelism),
    salt: base64(16, 64),
  }),
  cipher: v.literal('AES-256-GCM'),
  iv: base64(12, 12),
  check: v.object({ iv: base64(12, 12), tag: base64(16, 16) }),
  length: whole(16, MAX_BACKUP_BYTES),
});

export type Header = v.InferOutput<typeof HeaderSchema>;

/** The header as written: binary fields in base64. */
export interface HeaderJson {
  format: number;
  app: 'keel';
  appVersion: string;
  createdAt: number;
  kdf: Omit<Argon2Params, 'salt'> & { salt: string };
  cipher: 'AES-256-GCM';
  iv: string;
  check: { iv: string; tag: string };
  length: number;
}

/** Refuses a file by its size alone, before any of it is read. */
export function checkSize(size: number): void {
  if (size > MAX_BACKUP_BYTES) throw new BackupError('too-large');
  if (size === 0) throw new BackupError('empty');
}

/** The bytes before the ciphertext (magic and header line): also the additional data. */
export function encodePrelude(header: HeaderJson): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${MAGIC}${JSON.stringify(header)}\n`);
}

export function joinBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function looksLikeJson(bytes: Uint8Array): boolean {
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  return start.startsWith('{') || start.startsWith('[');
}

export interface ParsedFile {
  header: Header;
  prelude: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** Splits a file into header and ciphertext, checking everything that can be checked unopened. */
export function parseFile(bytes: Uint8Array<ArrayBuffer>): ParsedFile {
  checkSize(bytes.length);
  const magic = encoder.encode(MAGIC);
  if (bytes.length < magic.length || magic.some((byte, i) => bytes[i] !== byte)) {
    throw new BackupError(looksLikeJson(bytes) ? 'other-app' : 'not-backup');
  }
  const limit = Math.min(bytes.length, magic.length + MAX_HEADER_BYTES);
  const end = bytes.subarray(magic.length, limit).indexOf(0x0a);
  if (end < 0) throw new BackupError(bytes.length < limit + 1 ? 'truncated' : 'damaged');
  const headerEnd = magic.length + end;
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(bytes.subarray(magic.length, headerEnd)));
  } catch {
    throw new BackupError('damaged');
  }
  const version = v.safeParse(VersionSchema, json);
  if (version.success && version.output.format > FORMAT_VERSION) throw new BackupError('newer');
  const header = v.safeParse(HeaderSchema, json);
  if (!header.success) throw new BackupError('damaged');
  const ciphertext = bytes.slice(headerEnd + 1);
  if (ciphertext.length < header.output.length) throw new BackupError('truncated');
  if (ciphertext.length > header.output.length) throw new BackupError('damaged');
  return { header: header.output, prelude: bytes.slice(0, headerEnd + 1), ciphertext };
}
