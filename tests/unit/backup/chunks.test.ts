import { beforeAll, describe, expect, it } from 'vitest';
import { readBackupFile } from '../../../src/features/backup/backup';
import { CHUNK_RECORDS, sealChunked } from '../../../src/features/backup/chunks';
import { newBackupKey } from '../../../src/features/backup/crypt';
import { PROBLEM_MESSAGES } from '../../../src/features/backup/errors';
import { MAGIC, MAX_BACKUP_BYTES } from '../../../src/features/backup/format';
import { FUTURE_MARGIN_MS, type BackupTables } from '../../../src/features/backup/payload';
import { MAX_TEXT_LENGTH } from '../../../src/storage/codec';
import { entry, QUICK_KDF, tag } from './backupHelpers';

const PHRASE = 'a long walk by the sea';
const NOW = Date.UTC(2026, 11, 1);

const records = <T extends { id: string; createdAt: number }>(values: T[]) =>
  values.map((value) => ({ id: value.id, createdAt: value.createdAt, value }));

async function seal(tables: BackupTables, now = NOW): Promise<Uint8Array<ArrayBuffer>[]> {
  return sealChunked(await newBackupKey(PHRASE, QUICK_KDF), tables, now);
}

function join(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

async function refusal(file: Blob): Promise<string> {
  try {
    await readBackupFile(file, PHRASE, NOW);
    return 'opened';
  } catch (error) {
    return (error as Error).message;
  }
}

/** A small journal that fills several frames (more entries than one chunk holds). */
const many = records(
  Array.from({ length: CHUNK_RECORDS * 2 + 5 }, (_, i) => entry(`e${i}`, `Page ${i}`)),
);
let parts: Uint8Array<ArrayBuffer>[];

beforeAll(async () => {
  parts = await seal({ entries: many, tags: records([tag('f01', 'feeling', 'Fear')]) });
});

describe('format 2: a backup in chunks', () => {
  it('holds a header, then one frame per chunk and a last frame with the counts', async () => {
    expect(new TextDecoder().decode(parts[0]).startsWith(MAGIC)).toBe(true);
    expect(JSON.parse(new TextDecoder().decode(parts[0]).slice(MAGIC.length))).toMatchObject({
      format: 2,
    });
    // Three chunks of entries, one of tags, and the last frame.
    expect(parts).toHaveLength(1 + 3 + 1 + 1);
    const tables = await readBackupFile(new Blob(parts), PHRASE, NOW);
    expect(tables.entries?.map((r) => r.id)).toEqual(many.map((r) => r.id));
    expect(tables.tags).toHaveLength(1);
  });

  it('reads the file a frame at a time, never the whole of it at once', async () => {
    const whole = new Blob(parts);
    const reads: number[] = [];
    const watched = {
      size: whole.size,
      slice: (from: number, to: number) => {
        reads.push(to - from);
        return whole.slice(from, to);
      },
    } as unknown as Blob;
    await readBackupFile(watched, PHRASE, NOW);
    const largestFrame = Math.max(...parts.slice(1).map((part) => part.length));
    expect(Math.max(...reads)).toBeLessThanOrEqual(Math.max(largestFrame, 4096 + 13));
    expect(Math.max(...reads)).toBeLessThan(whole.size);
  });

  it('knows a file cut off after a whole frame', async () => {
    const cut = new Blob(parts.slice(0, -1));
    expect(await refusal(cut)).toBe(PROBLEM_MESSAGES.truncated);
    expect(await refusal(new Blob(parts.slice(0, 2)))).toBe(PROBLEM_MESSAGES.truncated);
  });

  it('knows frames put in another order, or one left out', async () => {
    type Part = Uint8Array<ArrayBuffer>;
    const [head, a, b, ...rest] = parts as [Part, Part, Part, ...Part[]];
    expect(await refusal(new Blob([head, b, a, ...rest]))).toBe(PROBLEM_MESSAGES.damaged);
    expect(await refusal(new Blob([head, b, ...rest]))).toBe(PROBLEM_MESSAGES.damaged);
  });

  it('knows bytes added after the last frame, and a frame marked last too early', async () => {
    const extra = new Blob([...parts, new Uint8Array([1, 2, 3])]);
    expect(await refusal(extra)).toBe(PROBLEM_MESSAGES.damaged);
    const early = join(parts);
    early[(parts[0] as Uint8Array).length + 4] = 1;
    expect(await refusal(new Blob([early]))).toBe(PROBLEM_MESSAGES.damaged);
  });

  it('counts a change dated in the far future as made now, so it cannot win every merge', async () => {
    const future = entry('f', 'From a clock far ahead', { updatedAt: NOW + 365 * 86_400_000 });
    const tables = await readBackupFile(
      new Blob(await seal({ entries: records([future]) })),
      PHRASE,
      NOW,
    );
    expect((tables.entries?.[0]?.value as { updatedAt: number }).updatedAt).toBe(
      NOW + FUTURE_MARGIN_MS,
    );
  });

  it('opens a backup larger than format 1 could (over 100 MB), and gives back every word', async () => {
    const text = 'w'.repeat(MAX_TEXT_LENGTH - 10);
    const count = Math.ceil((MAX_BACKUP_BYTES * 1.05) / text.length);
    const big = records(
      Array.from({ length: count }, (_, i) => entry(`big${i}`, `${i} ${text}`.slice(0, -1))),
    );
    const file = new Blob(await seal({ entries: big }));
    expect(file.size).toBeGreaterThan(MAX_BACKUP_BYTES);
    const tables = await readBackupFile(file, PHRASE, NOW);
    expect(tables.entries).toHaveLength(count);
    const last = tables.entries?.at(-1)?.value as { text: string };
    expect(last.text).toBe(`${count - 1} ${text}`.slice(0, -1));
  }, 120_000);
});
