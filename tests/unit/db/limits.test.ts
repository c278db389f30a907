import { describe, expect, it } from 'vitest';
import { saveResources } from '../../../src/storage/reflectSafetyRepo';
import { decodeResource, decodeSafetyPlan } from '../../../src/storage/reflectSafetyCodec';
import { decodeDraft, decodeEntry, decodeTag } from '../../../src/storage/codec';
import { LIMITS, TooLongError } from '../../../src/storage/limits';
import { loadJournal } from '../../../src/storage/entryReads';
import { saveDraft } from '../../../src/storage/drafts';
import { saveEntry } from '../../../src/storage/writes';
import type { Entry } from '../../../src/storage/types';
import { blankDraft } from '../../../src/features/journal/newEntry';
import { emptyPlan } from '../../../src/features/safety/plan';
import { startingResources } from '../../../src/features/safety/resources';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { saveFailedMessage } from '../../../src/ui/messages';
import { chooseLocale } from '../../../src/ui/i18n/i18n';
import { freshDatabase } from '../helpers';

function entry(text: string): Entry {
  return {
    id: 'e1',
    createdAt: 1,
    updatedAt: 1,
    happenedAt: 1,
    text,
    mood: null,
    feelings: [],
    events: [],
  };
}

const starter = startingResources(1)[0]!;

describe('length limits, stated once', () => {
  it('the decoders take a text at its limit and refuse one character more', () => {
    const cases: [(value: unknown) => unknown, (n: number) => unknown][] = [
      [decodeEntry, (n) => entry('x'.repeat(n))],
      [decodeDraft, (n) => ({ ...blankDraft(1), text: 'x'.repeat(n) })],
      [decodeResource, (n) => ({ ...starter, note: 'x'.repeat(n) })],
      [decodeSafetyPlan, (n) => ({ ...emptyPlan(1), leaving: 'x'.repeat(n) })],
      [
        decodeTag,
        (n) => ({
          id: 't',
          kind: 'feeling',
          name: 'x'.repeat(n),
          hidden: false,
          order: 0,
          createdAt: 1,
        }),
      ],
    ];
    const limits = [LIMITS.entryText, LIMITS.entryText, LIMITS.short, LIMITS.long, LIMITS.tagName];
    cases.forEach(([decode, make], i) => {
      const limit = limits[i]!;
      expect(() => decode(make(limit))).not.toThrow();
      expect(() => decode(make(limit + 1))).toThrow();
    });
  });

  it('an entry of 1,000,001 characters is refused kindly and never stored', async () => {
    freshDatabase();
    const key = await importDataKey(newRawDataKey());
    const saving = saveEntry(key, entry('x'.repeat(LIMITS.entryText + 1)));
    await expect(saving).rejects.toBeInstanceOf(TooLongError);
    const error = await saving.catch((e: unknown) => e);
    expect(saveFailedMessage(error)).toBe(
      'This is longer than Keel can keep in one piece (1,000,000 characters), so it was not stored. What you wrote is still on screen; shorten it or split it, and save again.',
    );
    await chooseLocale('es');
    try {
      expect(saveFailedMessage(error)).toMatch(/^Esto es más largo .*\(1\.000\.000 caracteres\)/);
    } finally {
      await chooseLocale('en');
    }
    await expect(
      saveDraft(key, { ...blankDraft(1), text: 'x'.repeat(LIMITS.entryText + 1) }),
    ).rejects.toBeInstanceOf(TooLongError);
    const journal = await loadJournal(key);
    expect(journal.entries).toEqual([]);
    expect(journal.drafts).toEqual([]);
    expect(journal.unreadable).toBe(0);
    // At the limit it is stored and reads back.
    await saveEntry(key, entry('x'.repeat(LIMITS.entryText)));
    expect((await loadJournal(key)).entries[0]?.text).toHaveLength(LIMITS.entryText);
  });

  it('a resource note over the limit is refused, not stored to be replaced later', async () => {
    const db = freshDatabase();
    const key = await importDataKey(newRawDataKey());
    await expect(
      saveResources(key, [{ ...starter, note: 'x'.repeat(LIMITS.short + 1) }]),
    ).rejects.toBeInstanceOf(TooLongError);
    expect(await db.resources.count()).toBe(0);
  });
});
