import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../src/storage/schema';
import { importTables, makeBackup, readBackupFile } from '../../../src/features/backup/backup';
import { sealBackup } from '../../../src/features/backup/crypt';
import { PROBLEM_MESSAGES } from '../../../src/features/backup/errors';
import { MAGIC, MAX_BACKUP_BYTES } from '../../../src/features/backup/format';
import { readAllRecords } from '../../../src/features/backup/records';
import { freshDatabase } from '../helpers';
import { entry, type Journal, newKey, QUICK_KDF, rawSnapshot, seed, tag } from './backupHelpers';

const PASSPHRASE = 'the tide goes out';

const theirs: Journal = {
  entries: [entry('a1', 'From the other phone'), entry('a2', 'A second page')],
  drafts: [],
  tags: [tag('t1', 'feeling', 'Steady')],
};

const ours: Journal = {
  entries: [entry('b1', 'Written here, must stay exactly as it is')],
  drafts: [],
  tags: [tag('f01', 'feeling', 'Fear')],
};

let good: Uint8Array<ArrayBuffer>;
let key: CryptoKey;

beforeAll(async () => {
  freshDatabase();
  const other = await newKey();
  await seed(other, theirs);
  const made = await makeBackup(other, PASSPHRASE, Date.UTC(2026, 10, 20), QUICK_KDF);
  good = new Uint8Array(await made.blob.arrayBuffer());
});

beforeEach(async () => {
  freshDatabase();
  key = await newKey();
  await seed(key, ours);
});

/** Tries an import of the file and returns what the person would read. */
async function tryImport(file: Blob, passphrase = PASSPHRASE): Promise<string> {
  try {
    const tables = await readBackupFile(file, passphrase);
    await importTables(key, tables, 'merge');
    return 'imported';
  } catch (error) {
    return (error as Error).message;
  }
}

async function expectRefused(file: Blob, message: string, passphrase = PASSPHRASE) {
  const before = await rawSnapshot();
  expect(await tryImport(file, passphrase)).toBe(message);
  expect(await rawSnapshot()).toEqual(before);
}

/** The file with its header JSON changed by `edit`, the ciphertext kept. */
function withHeader(edit: (header: Record<string, unknown>) => void): Uint8Array<ArrayBuffer> {
  const text = new TextDecoder().decode(good);
  const end = text.indexOf('\n', MAGIC.length);
  const header = JSON.parse(text.slice(MAGIC.length, end)) as Record<string, unknown>;
  edit(header);
  const prelude = new TextEncoder().encode(`${MAGIC}${JSON.stringify(header)}\n`);
  const cipherStart = new TextEncoder().encode(text.slice(0, end + 1)).length;
  const out = new Uint8Array(prelude.length + good.length - cipherStart);
  out.set(prelude);
  out.set(good.subarray(cipherStart), prelude.length);
  return out;
}

const sealed = (payload: unknown) =>
  sealBackup(payload, PASSPHRASE, Date.UTC(2026, 10, 20), QUICK_KDF);

describe('a backup that cannot be imported leaves the journal exactly as it was', () => {
  it('imports the good file, so the refusals below are about the file', async () => {
    expect(await tryImport(new Blob([good]))).toBe('imported');
    const { tables } = await readAllRecords(key);
    expect(tables.entries.map((e) => e.id).sort()).toEqual(['a1', 'a2', 'b1']);
  });

  it('refuses a wrong passphrase', async () => {
    await expectRefused(new Blob([good]), PROBLEM_MESSAGES.passphrase, 'the tide comes in');
  });

  it('refuses a file cut short', async () => {
    await expectRefused(new Blob([good.slice(0, good.length - 20)]), PROBLEM_MESSAGES.truncated);
  });

  it('refuses a file cut short inside its header', async () => {
    await expectRefused(new Blob([good.slice(0, 40)]), PROBLEM_MESSAGES.truncated);
  });

  it('refuses a file with one byte of the encrypted part flipped', async () => {
    const flipped = good.slice();
    const at = flipped.length - 30;
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    await expectRefused(new Blob([flipped]), PROBLEM_MESSAGES.damaged);
  });

  it('refuses a file whose header was changed (the header is bound to the ciphertext)', async () => {
    const changed = withHeader((header) => {
      header.createdAt = (header.createdAt as number) + 1;
    });
    await expectRefused(new Blob([changed]), PROBLEM_MESSAGES.damaged);
  });

  it('refuses a header that asks for weaker key settings than Keel accepts', async () => {
    const weak = withHeader((header) => {
      (header.kdf as Record<string, unknown>).memoryKiB = 1024;
    });
    await expectRefused(new Blob([weak]), PROBLEM_MESSAGES.damaged);
  });

  it('refuses random bytes', async () => {
    const random = crypto.getRandomValues(new Uint8Array(4096));
    await expectRefused(new Blob([random]), PROBLEM_MESSAGES['not-backup']);
  });

  it('refuses an empty file', async () => {
    await expectRefused(new Blob([]), PROBLEM_MESSAGES.empty);
  });

  it('refuses a JSON file from another app', async () => {
    const foreign = JSON.stringify({ version: 3, notes: [{ title: 'x', body: 'y' }] });
    await expectRefused(
      new Blob([foreign], { type: 'application/json' }),
      PROBLEM_MESSAGES['other-app'],
    );
  });

  it('refuses a format 1 file over 100 MB by its size, reading only its header', async () => {
    const one = await sealed({ app: 'keel', format: 1, createdAt: 1, tables: {} });
    let readWhole = false;
    const huge = {
      size: 200 * 1024 * 1024,
      slice: (from: number, to: number) => {
        if (to - from > 8192) readWhole = true;
        return new Blob([one.slice(from, to)]);
      },
    } as unknown as Blob;
    await expectRefused(huge, PROBLEM_MESSAGES['too-large']);
    expect(readWhole).toBe(false);
    expect(huge.size).toBeGreaterThan(MAX_BACKUP_BYTES);
  });

  it('refuses a backup made by a newer version of Keel', async () => {
    const future = withHeader((header) => {
      header.format = 3;
      header.cipher = 'something newer';
    });
    await expectRefused(new Blob([future]), PROBLEM_MESSAGES.newer);
  });

  it('refuses a payload from a newer version, or with a kind of record this version does not know', async () => {
    const newerPayload = await sealed({ app: 'keel', format: 2, createdAt: 1, tables: {} });
    await expectRefused(new Blob([newerPayload]), PROBLEM_MESSAGES.newer);
    const unknownTable = await sealed({
      app: 'keel',
      format: 1,
      createdAt: 1,
      tables: { dreams: [{ id: 'd1', createdAt: 1, value: {} }] },
    });
    await expectRefused(new Blob([unknownTable]), PROBLEM_MESSAGES.newer);
  });

  it.each([
    ['a mood out of range', { ...entry('x1', 'hi'), mood: 7 }],
    ['a negative date', { ...entry('x2', 'hi'), happenedAt: -5 }],
    ['a date that is not a number', { ...entry('x3', 'hi'), createdAt: '2026-11-01' }],
    ['text far too long', entry('x4', 'a'.repeat(1_000_001))],
    ['a missing field', { id: 'x5', text: 'only text' }],
    ['an id that does not match its record', entry('other-id', 'hi')],
  ])('refuses an entry with %s, and writes none of the good ones beside it', async (_, bad) => {
    const payload = await sealed({
      app: 'keel',
      format: 1,
      createdAt: 1,
      tables: {
        entries: [
          { id: 'good1', createdAt: 1, value: entry('good1', 'fine') },
          {
            id: (bad as { id?: string }).id === 'other-id' ? 'x6' : 'x0',
            createdAt: 1,
            value: bad,
          },
        ],
      },
    });
    await expectRefused(new Blob([payload]), PROBLEM_MESSAGES.invalid);
  });

  it('refuses a tag of a kind Keel does not have, and repeated ids', async () => {
    const badKind = await sealed({
      app: 'keel',
      format: 1,
      createdAt: 1,
      tables: {
        tags: [{ id: 't9', createdAt: 1, value: { ...tag('t9', 'feeling', 'x'), kind: 'x' } }],
      },
    });
    await expectRefused(new Blob([badKind]), PROBLEM_MESSAGES.invalid);
    const twice = await sealed({
      app: 'keel',
      format: 1,
      createdAt: 1,
      tables: {
        entries: [
          { id: 'd1', createdAt: 1, value: entry('d1', 'one') },
          { id: 'd1', createdAt: 1, value: entry('d1', 'two') },
        ],
      },
    });
    await expectRefused(new Blob([twice]), PROBLEM_MESSAGES.invalid);
  });

  it('refuses an encrypted payload that is not a Keel journal', async () => {
    await expectRefused(new Blob([await sealed({ hello: 'world' })]), PROBLEM_MESSAGES.invalid);
    await expectRefused(new Blob([await sealed([1, 2, 3])]), PROBLEM_MESSAGES.invalid);
  });

  it('keeps script tags and unusual Unicode as plain text, exactly', async () => {
    const odd =
      '<script>alert("hi")</script> <img src=x onerror=alert(1)> \u202Eevil\u202C \u200D👩‍👩‍👧 e\u0301 \uFEFF 𝒳';
    const payload = await sealed({
      app: 'keel',
      format: 1,
      createdAt: 1,
      tables: { entries: [{ id: 'odd', createdAt: 1, value: entry('odd', odd) }] },
    });
    expect(await tryImport(new Blob([payload]))).toBe('imported');
    const { tables } = await readAllRecords(key);
    expect(tables.entries.find((e) => e.id === 'odd')?.value).toMatchObject({ text: odd });
  });
});

describe('an import that fails while writing', () => {
  it('writes nothing at all when one table cannot be written (one transaction)', async () => {
    const db = database();
    const proto = Object.getPrototypeOf(db.tags) as { bulkPut: (...args: unknown[]) => unknown };
    const original = proto.bulkPut;
    vi.spyOn(proto, 'bulkPut').mockImplementation(function (this: { name: string }, ...args) {
      if (this.name === 'tags') return Promise.reject(new Error('disk full'));
      return original.apply(this, args);
    });
    await expectRefused(new Blob([good]), PROBLEM_MESSAGES.write);
  });
});

describe('merging a backup into a journal that has writing', () => {
  it('keeps one copy of the same entry, and the more recent edit wins', async () => {
    freshDatabase();
    key = await newKey();
    await seed(key, {
      entries: [
        entry('same', 'older words here', { updatedAt: 100 }),
        entry('mine', 'newer words here', { updatedAt: 900 }),
      ],
      drafts: [],
      tags: [],
    });
    const payload = await sealed({
      app: 'keel',
      format: 1,
      createdAt: 1,
      tables: {
        entries: [
          {
            id: 'same',
            createdAt: 1,
            value: entry('same', 'newer from backup', { updatedAt: 500 }),
          },
          {
            id: 'mine',
            createdAt: 1,
            value: entry('mine', 'older from backup', { updatedAt: 200 }),
          },
        ],
      },
    });
    const plan = await importTables(
      key,
      await readBackupFile(new Blob([payload]), PASSPHRASE),
      'merge',
    );
    expect(plan).toMatchObject({ added: 0, updated: 1 });
    const { tables } = await readAllRecords(key);
    const texts = Object.fromEntries(
      tables.entries.map((e) => [e.id, (e.value as { text: string }).text]),
    );
    expect(texts).toEqual({ same: 'newer from backup', mine: 'newer words here' });
  });

  it('replace leaves only what the backup holds', async () => {
    await importTables(key, await readBackupFile(new Blob([good]), PASSPHRASE), 'replace');
    const { tables } = await readAllRecords(key);
    expect(tables.entries.map((e) => e.id).sort()).toEqual(['a1', 'a2']);
    expect(tables.tags.map((t) => t.id)).toEqual(['t1']);
  });
});
