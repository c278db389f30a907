import { describe, expect, it } from 'vitest';
import { loadJournal } from '../../../src/storage/entryReads';
import { saveDraft } from '../../../src/storage/drafts';
import { saveEntry } from '../../../src/storage/writes';
import { openVault } from '../../../src/state/openVault';
import { freshDatabase } from '../helpers';

/** Everything a row holds, as text a snoop might search: strings, and bytes as UTF-8. */
function rowText(value: unknown): string {
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (value && typeof value === 'object') return Object.values(value).map(rowText).join(' ');
  return String(value);
}

describe('what is stored at rest', () => {
  it('keeps no entry text, feeling, event or mood readable in the raw rows', async () => {
    const db = freshDatabase();
    const opening = await openVault();
    if (opening.state !== 'open') throw new Error('expected an open vault');
    await saveEntry(opening.key, {
      id: 'e1',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      happenedAt: 1_699_000_000_000,
      text: 'He threw my phone at the wall',
      mood: 2,
      feelings: ['f01'],
      events: ['e01'],
    });
    await saveDraft(opening.key, {
      id: 'new',
      createdAt: 1,
      updatedAt: 1,
      entryId: null,
      happenedAt: 1,
      text: 'a half-written secret draft',
      mood: 5,
      feelings: [],
      events: [],
    });

    const raw = [
      ...(await db.entries.toArray()),
      ...(await db.drafts.toArray()),
      ...(await db.tags.toArray()),
      ...(await db.settings.toArray()),
    ];
    const everything = raw.map(rowText).join('\n');
    for (const secret of [
      'threw my phone',
      'secret draft',
      'Fear',
      'Harm or incident',
      'mood',
      'bbc.com',
    ]) {
      expect(everything).not.toContain(secret);
    }
    for (const row of raw) expect(Object.keys(row).sort()).toEqual(['createdAt', 'ct', 'id', 'iv']);

    const { entries, drafts } = await loadJournal(opening.key);
    expect(entries[0]?.text).toBe('He threw my phone at the wall');
    expect(drafts[0]?.text).toBe('a half-written secret draft');
  });

  it('creates the data key once, and finds the same one on the next open', async () => {
    freshDatabase();
    const first = await openVault();
    const second = await openVault();
    expect(first.state === 'open' && first.firstRun).toBe(true);
    expect(second.state === 'open' && second.firstRun).toBe(false);
  });

  it('counts a row it cannot decrypt as unreadable and keeps the rest', async () => {
    const db = freshDatabase();
    const opening = await openVault();
    if (opening.state !== 'open') throw new Error('expected an open vault');
    const base = {
      createdAt: 1,
      updatedAt: 1,
      happenedAt: 1,
      mood: null,
      feelings: [],
      events: [],
    };
    await saveEntry(opening.key, { ...base, id: 'a', text: 'kept' });
    await saveEntry(opening.key, { ...base, id: 'b', text: 'damaged' });
    const row = await db.entries.get('b');
    if (!row) throw new Error('row b missing');
    row.ct[0] = (row.ct[0] ?? 0) ^ 0xff;
    await db.entries.put(row);
    const journal = await loadJournal(opening.key);
    expect(journal.entries.map((e) => e.text)).toEqual(['kept']);
    expect(journal.unreadable).toBe(1);
    expect(await db.entries.count()).toBe(2);
  });
});
