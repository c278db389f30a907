/**
 * The encrypted backup file: a magic line, a JSON header line, then the encrypted
 * payload. Format 1 holds it as one AES-256-GCM ciphertext; format 2 (written today) as
 * length-prefixed chunks (see chunks.ts). The header bytes are part of every chunk's
 * additional data, so any change to them fails decryption. See docs/backup-format.md.
 */
import * as v from 'valibot';
import { MAX_ARGON2, MIN_ARGON2 } from '../../crypto/kdf';
import type { Argon2Params } from '../../crypto/keyring';
import { BackupError } from './errors';

/** "KEEL-BACKUP\n": the first 12 bytes of every backup. */
export const MAGIC = 'KEEL-BACKUP\n';
/** Raise when the header or payload changes shape; keep reading the old one. */
export const FORMAT_VERSION = 2;
/** The longest appVersion a header may name: a build's version is cut to it. */
export const MAX_APP_VERSION = 40;
/** Format 1 is one ciphertext, opened whole: its files (and CSV imports) stay under this. */
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

const kdfSchema = v.object({
  alg: v.literal('argon2id'),
  memoryKiB: whole(MIN_ARGON2.memoryKiB, MAX_ARGON2.memoryKiB),
  iterations: whole(MIN_ARGON2.iterations, MAX_ARGON2.iterations),
  parallelism: whole(MIN_ARGON2.parallelism, MAX_ARGON2.parallelism),
  salt: base64(16, 64),
});

const common = {
  app: v.literal('keel'),
  appVersion: v.pipe(v.string(), v.maxLength(MAX_APP_VERSION)),
  createdAt: whole(0, 8.64e15),
  kdf: kdfSchema,
  cipher: v.literal('AES-256-GCM'),
  check: v.object({ iv: base64(12, 12), tag: base64(16, 16) }),
};

/** Format 1: one ciphertext of `length` bytes under `iv`. */
const HeaderV1Schema = v.object({
  ...common,
  format: v.literal(1),
  iv: base64(12, 12),
  length: whole(16, MAX_BACKUP_BYTES),
});

/** Format 2: length-prefixed chunks follow the header (chunks.ts). */
const HeaderV2Schema = v.object({ ...common, format: v.literal(2) });

export const HeaderSchema = v.variant('format', [HeaderV1Schema, HeaderV2Schema]);

export type Header = v.InferOutput<typeof HeaderSchema>;
export type HeaderV1 = v.InferOutput<typeof HeaderV1Schema>;

interface HeaderJsonCommon {
  app: 'keel';
  appVersion: string;
  createdAt: number;
  kdf: Omit<Argon2Params, 'salt'> & { salt: string };
  cipher: 'AES-256-GCM';
  check: { iv: string; tag: string };
}

/** The header as written: binary fields in base64. */
export type HeaderJson =
  | (HeaderJsonCommon & { format: 1; iv: string; length: number })
  | (HeaderJsonCommon & { format: 2 });

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

export interface Prelude {
  header: Header;
  /** The magic and header line, exactly as read: the additional data of every ciphertext. */
  prelude: Uint8Array<ArrayBuffer>;
}

/** How many bytes from the start of a file hold at least its whole prelude. */
export const PRELUDE_READ = MAGIC.length + MAX_HEADER_BYTES + 1;

/**
 * Reads the magic and the header from the first bytes of a file (`head`, at most
 * PRELUDE_READ of them) whose whole size is `size`: everything checkable unopened.
 */
export function parsePrelude(head: Uint8Array<ArrayBuffer>, size: number): Prelude {
  if (size === 0) throw new BackupError('empty');
  const magic = encoder.encode(MAGIC);
  if (head.length < magic.length || magic.some((byte, i) => head[i] !== byte)) {
    throw new BackupError(looksLikeJson(head) ? 'other-app' : 'not-backup');
  }
  const limit = Math.min(head.length, magic.length + MAX_HEADER_BYTES);
  const end = head.subarray(magic.length, limit).indexOf(0x0a);
  if (end < 0) throw new BackupError(size < limit + 1 ? 'truncated' : 'damaged');
  const headerEnd = magic.length + end;
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(head.subarray(magic.length, headerEnd)));
  } catch {
    throw new BackupError('damaged');
  }
  const version = v.safeParse(VersionSchema, json);
  if (version.success && version.output.format > FORMAT_VERSION) throw new BackupError('newer');
  const header = v.safeParse(HeaderSchema, json);
  if (!header.success) throw new BackupError('damaged');
  return { header: header.output, prelude: head.slice(0, headerEnd + 1) };
}

export interface ParsedFile {
  header: HeaderV1;
  prelude: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** Splits a format 1 file into header and ciphertext, checking everything checkable unopened. */
export function parseFile(bytes: Uint8Array<ArrayBuffer>): ParsedFile {
  checkSize(bytes.length);
  const { header, prelude } = parsePrelude(bytes.subarray(0, PRELUDE_READ), bytes.length);
  if (header.format !== 1) throw new BackupError('damaged');
  const ciphertext = bytes.slice(prelude.length);
  if (ciphertext.length < header.length) throw new BackupError('truncated');
  if (ciphertext.length > header.length) throw new BackupError('damaged');
  return { header, prelude, ciphertext };
}
