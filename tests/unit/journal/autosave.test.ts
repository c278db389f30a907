import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadJournal } from '../../../src/db/repo';
import type { Draft } from '../../../src/db/types';
import { blankDraft } from '../../../src/journal/actions';
import {
  AUTOSAVE_DELAY_MS,
  cancelDraftSave,
  flushDraftSave,
  hasPendingDraft,
  installAutosaveFlush,
  scheduleDraftSave,
} from '../../../src/journal/autosave';
import { importDataKey, newRawDataKey } from '../../../src/vault/crypto';
import { freshDatabase } from '../helpers';

async function drafts(key: CryptoKey): Promise<Draft[]> {
  return (await loadJournal(key)).drafts;
}

describe('autosaving drafts', () => {
  let key: CryptoKey;
  beforeEach(async () => {
    freshDatabase();
    key = await importDataKey(newRawDataKey());
  });
  afterEach(() => vi.useRealTimers());

  it('writes the newest draft after a pause in typing, not on every key', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const draft = blankDraft(1);
    for (const text of ['h', 'he', 'hel', 'hello']) scheduleDraftSave(key, { ...draft, text });
    expect(hasPendingDraft()).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 50);
    expect(await drafts(key)).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    await flushDraftSave();
    expect((await drafts(key)).map((d) => d.text)).toEqual(['hello']);
  });

  it('writes at once when the page is hidden or closed', async () => {
    const stop = installAutosaveFlush(window);
    scheduleDraftSave(key, { ...blankDraft(1), text: 'leaving now' });
    window.dispatchEvent(new Event('pagehide'));
    await flushDraftSave();
    expect((await drafts(key)).map((d) => d.text)).toEqual(['leaving now']);
    stop();
  });

  it('forgets an unwritten draft when cancelled (after a save or a lock)', async () => {
    scheduleDraftSave(key, { ...blankDraft(1), text: 'gone' });
    cancelDraftSave();
    await flushDraftSave();
    expect(hasPendingDraft()).toBe(false);
    expect(await drafts(key)).toEqual([]);
  });
});
