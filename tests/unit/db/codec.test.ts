import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntry, decodeSettings } from '../../../src/storage/codec';
import { loadJournal } from '../../../src/storage/entryReads';
import { saveEntry } from '../../../src/storage/writes';
import { DEFAULT_SETTINGS } from '../../../src/storage/types';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { arbitraryEntry } from '../arbitraries';
import { freshDatabase } from '../helpers';

describe('the entry codec', () => {
  it('stores and reads back any entry, empty, huge or odd Unicode', async () => {
    freshDatabase();
    const key = await importDataKey(newRawDataKey());
    await fc.assert(
      fc.asyncProperty(arbitraryEntry, async (entry) => {
        await saveEntry(key, entry);
        const { entries } = await loadJournal(key);
        expect(entries.find((e) => e.id === entry.id)).toEqual(entry);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses entries with a mood outside 1 to 5 or a missing field', () => {
    const good = {
      id: 'a',
      createdAt: 1,
      updatedAt: 1,
      happenedAt: 1,
      text: '',
      mood: 3,
      feelings: [],
      events: [],
    };
    expect(decodeEntry(good)).toEqual(good);
    expect(() => decodeEntry({ ...good, mood: 6 })).toThrow();
    expect(() => decodeEntry({ ...good, text: undefined })).toThrow();
    expect(() => decodeEntry('not an entry')).toThrow();
  });

  it('fills missing settings with their defaults', () => {
    expect(decodeSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(decodeSettings({ tabTitle: 'Notes' }).tabTitle).toBe('Notes');
  });
});

describe('the exit page in stored or imported settings', () => {
  it('keeps an https page of another site', () => {
    expect(decodeSettings({ exitUrl: 'https://example.org/recipes' }).exitUrl).toBe(
      'https://example.org/recipes',
    );
  });

  it.each([
    'javascript:alert(1)',
    'http://example.org/',
    'data:text/html,hello',
    'https://someone:secret@example.org/',
    `${location.origin}/`,
    'not a web address',
    42,
  ])('turns %s back into the default exit page', (exitUrl) => {
    expect(decodeSettings({ exitUrl }).exitUrl).toBe(DEFAULT_SETTINGS.exitUrl);
  });
});

describe('"the whole story" in stored or imported settings', () => {
  it('starts by asking, before anyone has chosen', () => {
    expect(DEFAULT_SETTINGS.rememberStory).toBe('ask');
    expect(decodeSettings({}).rememberStory).toBe('ask');
  });

  it.each(['ask', 'on', 'off'] as const)('keeps the choice %s as it is', (choice) => {
    expect(decodeSettings({ rememberStory: choice }).rememberStory).toBe(choice);
  });

  it('reads the old switch: on was only the old default, so it asks; off stays off', () => {
    expect(decodeSettings({ rememberStory: true }).rememberStory).toBe('ask');
    expect(decodeSettings({ rememberStory: false }).rememberStory).toBe('off');
  });

  it('refuses anything else, as it does an unknown gentle-notes choice', () => {
    expect(() => decodeSettings({ rememberStory: 'yes' })).toThrow();
    expect(() => decodeSettings({ rememberStory: 1 })).toThrow();
    expect(() => decodeSettings({ reframes: 'yes' })).toThrow();
  });
});
