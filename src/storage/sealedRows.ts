/**
 * Sealing and opening one row: every record is sealed with AES-GCM, its additional data
 * naming its table and id. Encryption happens outside Dexie transactions.
 */
import {
  openJson,
  openManyBytes,
  paddedJsonText,
  parseJsonBytes,
  sealBytes,
} from '../crypto/aesGcm';
import { TooLongError } from './limits';
import { plainCreatedAt } from './plainTime';
import type { RecordDecoders } from './records';
import { type SealedRow, type SealedTable, TABLES } from './schema';

export const SETTINGS_ID = 'settings';

export function aadFor(table: SealedTable, id: string): string {
  return `keel/v1/${TABLES[table]}/${id}`;
}

/** The limit a refused record went over, from the decoder's reason (null when another rule). */
function limitBroken(error: unknown): number | null {
  const issues = (error as { issues?: { type?: unknown; requirement?: unknown }[] } | null)?.issues;
  const over = issues?.find((issue) => issue.type === 'max_length');
  return typeof over?.requirement === 'number' ? over.requirement : null;
}

let decoders: Promise<RecordDecoders> | null = null;

/** Every record's decoder (with valibot): loaded at the first write, not before the first screen. */
export function recordDecoders(): Promise<RecordDecoders> {
  decoders ??= import('./records').then(
    (records) => records.RECORD_DECODERS,
    (error: unknown) => {
      decoders = null; // asked again at the next write
      throw error;
    },
  );
  return decoders;
}

/**
 * Never stores what could not be read back: the value must pass the same decoder that
 * reads it (as JSON, the form it is sealed in), or a TooLongError says why and nothing
 * is written.
 */
async function checkReadable(table: SealedTable, json: string): Promise<void> {
  const decode = (await recordDecoders())[table];
  try {
    decode(JSON.parse(json));
  } catch (error) {
    throw new TooLongError(limitBroken(error));
  }
}

export async function sealRow(
  key: CryptoKey,
  table: SealedTable,
  id: string,
  createdAt: number,
  value: unknown,
): Promise<SealedRow> {
  // Written out once: checked in the form it is sealed in, then sealed (an import seals
  // every record, so a second JSON.stringify each was a real share of its time).
  const json = JSON.stringify(value);
  await checkReadable(table, json);
  const { iv, ct } = await sealBytes(key, paddedJsonText(json), aadFor(table, id));
  return { id, createdAt: plainCreatedAt(table, createdAt), iv, ct };
}

export async function openRow(
  key: CryptoKey,
  table: SealedTable,
  row: SealedRow,
): Promise<unknown> {
  return openJson(key, row, aadFor(table, row.id));
}

/**
 * A decoder in two parts: a quick check that needs no other code and may decline a value
 * (null), and the full decoder, loaded only when it does (storage/quickDecoders.ts).
 */
export interface QuickDecoder<T> {
  quick(value: unknown): T | null;
  full(): Promise<(value: unknown) => T>;
}

/**
 * Decrypts, parses and decodes rows (outside any transaction). Every decrypt is started at
 * once, since WebCrypto runs them off the main thread; parsing and decoding then run in one
 * plain loop. A row that fails any step is counted as unreadable, never thrown (a full
 * decoder that cannot be loaded is thrown: the rows are not known to be damaged).
 */
export async function openRows<T>(
  key: CryptoKey,
  table: SealedTable,
  rows: readonly SealedRow[],
  decode: ((value: unknown) => T) | QuickDecoder<T>,
): Promise<{ values: T[]; unreadable: number; from: SealedRow[] }> {
  const plains = await openManyBytes(key, rows, (i) => aadFor(table, (rows[i] as SealedRow).id));
  const quick = typeof decode === 'function' ? decode : decode.quick;
  const values: T[] = [];
  /** The row each value came from. */
  const from: SealedRow[] = [];
  /** Values the quick check declined, with the place each goes in `values`. */
  const declined: { at: number; value: unknown; row: SealedRow }[] = [];
  let unreadable = 0;
  plains.forEach((plain, i) => {
    if (plain === null) {
      unreadable += 1;
      return;
    }
    try {
      const value = parseJsonBytes(plain);
      const decoded = quick(value);
      if (decoded === null) declined.push({ at: values.length, value, row: rows[i] as SealedRow });
      else {
        values.push(decoded);
        from.push(rows[i] as SealedRow);
      }
    } catch {
      unreadable += 1;
    }
  });
  if (declined.length > 0 && typeof decode !== 'function') {
    const full = await decode.full();
    // From the last back, so each place is still right when it is used.
    for (const { at, value, row } of declined.reverse()) {
      try {
        values.splice(at, 0, full(value));
        from.splice(at, 0, row);
      } catch {
        unreadable += 1;
      }
    }
  }
  return { values, unreadable, from };
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
