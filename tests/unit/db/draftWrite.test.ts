import { describe, expect, it } from 'vitest';
import { loadJournal } from '../../../src/storage/entryReads';
import { putSealedDraft, sealDraft } from '../../../src/storage/drafts';
import { blankDraft } from '../../../src/features/journal/newEntry';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { freshDatabase } from '../helpers';

describe('writing a sealed draft straight away (as the page closes)', () => {
  it('is written even while the database is still being created or upgraded', async () => {
    const db = freshDatabase();
    const key = await importDataKey(newRawDataKey());
    const row = await sealDraft(key, { ...blankDraft(1), text: 'leaving now' });
    let writing: Promise<void> | null = null;
    // 'populate' runs inside the upgrade: Dexie already counts the database as open then.
    db.on('populate', () => {
      writing = putSealedDraft(row);
    });
    await db.open();
    expect(db.isOpen()).toBe(true);
    await writing;
    expect((await loadJournal(key)).drafts.map((d) => d.text)).toEqual(['leaving now']);
  });
});
