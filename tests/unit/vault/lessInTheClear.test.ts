import { describe, expect, it } from 'vitest';
import { readEntry } from '../../../src/storage/entryReads';
import { saveTags } from '../../../src/storage/writes';
import { sealRow } from '../../../src/storage/sealedRows';
import { database } from '../../../src/storage/schema';
import type { Entry } from '../../../src/storage/types';
import { importDataKey, newRawDataKey, paddedLength } from '../../../src/crypto/aesGcm';
import { saveEntry } from '../../../src/storage/writes';
import { blankDraft } from '../../../src/features/journal/newEntry';
import { freshDatabase } from '../helpers';

const entryOf = (id: string, text: string): Entry => ({
  id,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  happenedAt: 1_700_000_000_000,
  text,
  mood: 2,
  feelings: [],
  events: [],
});

describe('less in the clear', () => {
  it('entries of different lengths store ciphertexts of the same padded length', async () => {
    freshDatabase();
    const key = await importDataKey(newRawDataKey());
    await saveEntry(key, entryOf('a', 'no'));
    await saveEntry(key, entryOf('b', 'He shouted again tonight and I left for a while.'));
    const [a, b] = await database().entries.bulkGet(['a', 'b']);
    expect(a!.ct.length).toBe(b!.ct.length);
    expect((await readEntry(key, 'b'))?.text).toBe(
      'He shouted again tonight and I left for a while.',
    );
  });

  it('pads to few buckets: at least 256 bytes, at most an eighth more than the text', () => {
    expect(paddedLength(10)).toBe(256);
    expect(paddedLength(257)).toBe(288);
    for (const n of [300, 1000, 4097, 100_000, 1_000_000]) {
      expect(paddedLength(n)).toBeGreaterThanOrEqual(n);
      expect(paddedLength(n)).toBeLessThanOrEqual(n * 1.125);
    }
  });

  it('keeps a plain created-at time only for entries and self-checks, whose order needs it', async () => {
    freshDatabase();
    const key = await importDataKey(newRawDataKey());
    await saveTags(key, [
      {
        id: 't1',
        kind: 'feeling',
        name: 'fear',
        hidden: false,
        order: 0,
        createdAt: 1_700_000_000_000,
      },
    ]);
    expect((await database().tags.get('t1'))?.createdAt).toBe(0);
    const at = 1_700_000_000_000;
    const draft = { ...blankDraft(at, undefined, 'd'), text: 'a draft' };
    const entry: Entry = {
      id: 'e',
      createdAt: at,
      updatedAt: at,
      happenedAt: at,
      text: 'an entry',
      mood: 3,
      feelings: [],
      events: [],
    };
    const check = { id: 's', createdAt: at, answers: { s01: 1 } };
    expect((await sealRow(key, 'drafts', 'd', at, draft)).createdAt).toBe(0);
    expect((await sealRow(key, 'entries', 'e', at, entry)).createdAt).toBe(at);
    expect((await sealRow(key, 'selfChecks', 's', at, check)).createdAt).toBe(at);
  });
});
