/**
 * Format 2: after the header line, the payload comes as frames, each
 *   u32 length (big-endian) | u8 flags (1 on the last frame) | 12-byte IV | AES-GCM ciphertext
 * `length` counts the IV and the ciphertext. Each frame's additional data is the prelude
 * (magic and header line), then its index (u32) and flags (u8): a changed header, a frame
 * moved, dropped or cut off, or bytes after the last frame all fail. Records go in chunks
 * of at most CHUNK_RECORDS records or about CHUNK_CHARS characters of JSON; the last frame
 * says how many records each table holds. Written and read a frame at a time, so no
 * journal, however large, is ever one string. See docs/backup-format.md.
 */
import * as v from 'valibot';
import { SEALED_TABLES } from '../../storage/records';
import { randomBytes } from '../../crypto/aesGcm';
import { deriveWrappingKey, normalisePassphrase } from '../../crypto/kdf';
import { type BackupKey, checkPassphrase, headerBase, openBackup } from './crypt';
import { BackupError } from './errors';
import { checkSize, encodePrelude, parsePrelude, PRELUDE_READ } from './format';
import { type BackupTables, RecordChecker, RecordSchema, validatePayload } from './payload';

export const CHUNK_RECORDS = 1000;
export const CHUNK_CHARS = 4 * 1024 * 1024;
/** No frame a Keel writes comes near this (one record is at most a few MB of JSON). */
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;
const FRAME_HEAD = 5;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const LAST = 1;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function frameAad(prelude: Uint8Array, index: number, flags: number): Uint8Array<ArrayBuffer> {
  const aad = new Uint8Array(prelude.length + 5);
  aad.set(prelude);
  const view = new DataView(aad.buffer);
  view.setUint32(prelude.length, index);
  view.setUint8(prelude.length + 4, flags);
  return aad;
}

async function sealFrame(
  key: CryptoKey,
  prelude: Uint8Array,
  index: number,
  flags: number,
  text: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomBytes(IV_BYTES);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: frameAad(prelude, index, flags) },
    key,
    encoder.encode(text),
  );
  const frame = new Uint8Array(FRAME_HEAD + IV_BYTES + ct.byteLength);
  const view = new DataView(frame.buffer);
  view.setUint32(0, IV_BYTES + ct.byteLength);
  view.setUint8(4, flags);
  frame.set(iv, FRAME_HEAD);
  frame.set(new Uint8Array(ct), FRAME_HEAD + IV_BYTES);
  return frame;
}

/** The JSON text of each chunk of records, a table at a time. */
function* chunkTexts(tables: BackupTables): Generator<string> {
  for (const name of SEALED_TABLES) {
    const records = tables[name] ?? [];
    let parts: string[] = [];
    let chars = 0;
    const flush = () => `{"table":${JSON.stringify(name)},"records":[${parts.join(',')}]}`;
    for (const record of records) {
      const text = JSON.stringify(record);
      if (
        parts.length > 0 &&
        (parts.length >= CHUNK_RECORDS || chars + text.length > CHUNK_CHARS)
      ) {
        yield flush();
        parts = [];
        chars = 0;
      }
      parts.push(text);
      chars += text.length;
    }
    if (parts.length > 0) yield flush();
  }
}

/** Thrown when `keepGoing` says stop (the journal locked while a backup was being made). */
export class BackupStopped extends Error {
  constructor() {
    super('The backup was stopped');
    this.name = 'BackupStopped';
  }
}

/**
 * The parts of a format 2 file, a frame at a time (for a Blob, never joined into one
 * buffer). `keepGoing` is asked before each frame; when it says no, BackupStopped.
 */
export async function sealChunked(
  backupKey: BackupKey,
  tables: BackupTables,
  now: number,
  keepGoing: () => boolean = () => true,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const prelude = encodePrelude({ ...(await headerBase(backupKey, now)), format: 2 });
  const parts: Uint8Array<ArrayBuffer>[] = [prelude];
  let index = 0;
  for (const text of chunkTexts(tables)) {
    if (!keepGoing()) throw new BackupStopped();
    parts.push(await sealFrame(backupKey.key, prelude, index, 0, text));
    index += 1;
  }
  const counts = Object.fromEntries(SEALED_TABLES.map((name) => [name, tables[name]?.length ?? 0]));
  const end = { end: true, app: 'keel', format: 2, createdAt: now, counts };
  if (!keepGoing()) throw new BackupStopped();
  parts.push(await sealFrame(backupKey.key, prelude, index, LAST, JSON.stringify(end)));
  return parts;
}

const ChunkSchema = v.object({
  table: v.pipe(v.string(), v.maxLength(100)),
  records: v.pipe(v.array(RecordSchema), v.maxLength(CHUNK_RECORDS)),
});

const EndSchema = v.object({
  end: v.literal(true),
  app: v.literal('keel'),
  format: v.literal(2),
  createdAt: v.number(),
  counts: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
});

async function readBytes(file: Blob, from: number, to: number): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return new Uint8Array(await file.slice(from, to).arrayBuffer());
  } catch {
    throw new BackupError('truncated');
  }
}

function parseJson(plain: ArrayBuffer): unknown {
  try {
    return JSON.parse(decoder.decode(plain)) as unknown;
  } catch {
    throw new BackupError('invalid');
  }
}

/**
 * Opens a backup file of either format and checks every record, reading a format 2 file a
 * frame at a time. Throws a BackupError; returns only when all of it was read and checked.
 * `now` caps the change times a merge compares (see RecordChecker).
 */
export async function readBackup(
  file: Blob,
  passphrase: string,
  now = Date.now(),
): Promise<BackupTables> {
  if (file.size === 0) throw new BackupError('empty');
  const head = await readBytes(file, 0, Math.min(file.size, PRELUDE_READ));
  const { header, prelude } = parsePrelude(head, file.size);
  if (header.format === 1) {
    checkSize(file.size);
    const json = await openBackup(await readBytes(file, 0, file.size), passphrase);
    return validatePayload(json, now);
  }
  // Format 2 is written with the NFC form only (newBackupKey).
  const key = await deriveWrappingKey(normalisePassphrase(passphrase), header.kdf);
  await checkPassphrase(key, header.check);
  const checker = new RecordChecker(now);
  let at = prelude.length;
  for (let index = 0; ; index += 1) {
    if (file.size - at < FRAME_HEAD) throw new BackupError('truncated');
    const view = new DataView((await readBytes(file, at, at + FRAME_HEAD)).buffer);
    const length = view.getUint32(0);
    const flags = view.getUint8(4);
    if (flags > LAST || length < IV_BYTES + TAG_BYTES || length > MAX_FRAME_BYTES) {
      throw new BackupError('damaged');
    }
    const start = at + FRAME_HEAD;
    if (file.size < start + length) throw new BackupError('truncated');
    const frame = await readBytes(file, start, start + length);
    let plain: ArrayBuffer;
    try {
      plain = await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: frame.subarray(0, IV_BYTES),
          additionalData: frameAad(prelude, index, flags),
        },
        key,
        frame.subarray(IV_BYTES),
      );
    } catch {
      throw new BackupError('damaged');
    }
    at = start + length;
    const json = parseJson(plain);
    if (flags === LAST) {
      if (at !== file.size) throw new BackupError('damaged');
      const end = v.safeParse(EndSchema, json);
      if (!end.success) throw new BackupError('invalid');
      const counted = checker.counts();
      const names = new Set([...Object.keys(counted), ...Object.keys(end.output.counts)]);
      for (const name of names) {
        if ((counted[name] ?? 0) !== (end.output.counts[name] ?? 0)) {
          throw new BackupError('invalid');
        }
      }
      return checker.finish();
    }
    const chunk = v.safeParse(ChunkSchema, json);
    if (!chunk.success) throw new BackupError('invalid');
    checker.add(chunk.output.table, chunk.output.records);
  }
}
