/**
 * Sealing and opening one row: every record is sealed with AES-GCM, its additional data
 * naming its table and id. Encryption happens outside Dexie transactions.
 */
import { openJson, openManyBytes, parseJsonBytes, sealJson } from '../crypto/aesGcm';
import { TooLongError } from './limits';
import { plainCreatedAt } from './plainTime';
import { RECORD_DECODERS } from './records';
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

/**
 * Never stores what could not be read back: the value must pass the same decoder that
 * reads it (as JSON, the form it is sealed in), or a TooLongError says why and nothing
 * is written.
 */
function checkReadable(table: SealedTable, value: unknown): void {
  try {
    RECORD_DECODERS[table](JSON.parse(JSON.stringify(value)));
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
  checkReadable(table, value);
  const { iv, ct } = await sealJson(key, value, aadFor(table, id));
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
 * Decrypts, parses and decodes rows (outside any transaction). Every decrypt is started at
 * once, since WebCrypto runs them off the main thread; parsing and decoding then run in one
 * plain loop. A row that fails any step is counted as unreadable, never thrown.
 */
export async function openRows<T>(
  key: CryptoKey,
  table: SealedTable,
  rows: readonly SealedRow[],
  decode: (value: unknown) => T,
): Promise<{ values: T[]; unreadable: number; from: SealedRow[] }> {
  const plains = await openManyBytes(key, rows, (i) => aadFor(table, (rows[i] as SealedRow).id));
  const values: T[] = [];
  /** The row each value came from. */
  const from: SealedRow[] = [];
  let unreadable = 0;
  plains.forEach((plain, i) => {
    if (plain === null) {
      unreadable += 1;
      return;
    }
    try {
      values.push(decode(parseJsonBytes(plain)));
      from.push(rows[i] as SealedRow);
    } catch {
      unreadable += 1;
    }
  });
  return { values, unreadable, from };
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
