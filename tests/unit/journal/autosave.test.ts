import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadJournal } from '../../../src/storage/entryReads';
import type { Draft } from '../../../src/storage/types';
import { blankDraft } from '../../../src/features/journal/newEntry';
import {
  AUTOSAVE_DELAY_MS,
  cancelDraftSave,
  flushDraftSave,
  hasPendingDraft,
  installAutosaveFlush,
  scheduleDraftSave,
} from '../../../src/features/journal/autosave';
import { startSession } from '../../../src/state/session';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { freshDatabase } from '../helpers';

async function drafts(key: CryptoKey): Promise<Draft[]> {
  return (await loadJournal(key)).drafts;
}

/**
 * The draft texts in the database, polled with real time (setImmediate and Date are not
 * faked) until one is there or `waitMs` has passed. Fake-indexeddb works on setImmediate.
 */
// Returns as soon as a draft is stored, so the long default only matters on a machine busy
// with other test files (a full run once took over 2 s here).
async function draftTextsOnceWritten(key: CryptoKey, waitMs = 10_000): Promise<string[]> {
  const until = Date.now() + waitMs;
  for (;;) {
    const texts = (await drafts(key)).map((d) => d.text);
    if (texts.length > 0 || Date.now() > until) return texts;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('autosaving drafts', () => {
  let key: CryptoKey;
  beforeEach(async () => {
    freshDatabase();
    key = await importDataKey(newRawDataKey());
    startSession(key);
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

  describe('when the page is hidden or closed', () => {
    let stop: () => void = () => undefined;
    beforeEach(() => {
      // The debounce timer is fake and never advanced: only the listeners can write.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => {
      stop();
      // Back to jsdom's own visibilityState getter.
      Reflect.deleteProperty(document, 'visibilityState');
    });

    function setVisibility(state: DocumentVisibilityState): void {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    }

    function typeSomeDrafts(): void {
      const draft = blankDraft(1);
      for (const text of ['l', 'le', 'leaving', 'leaving now']) {
        scheduleDraftSave(key, { ...draft, text });
      }
    }

    it('pagehide writes the newest sealed draft by itself, before the debounce', async () => {
      stop = installAutosaveFlush(window);
      typeSomeDrafts();
      window.dispatchEvent(new Event('pagehide'));
      expect(await draftTextsOnceWritten(key)).toEqual(['leaving now']);
      // No fake time passed: the 600 ms debounce never ran, and the flush cleared it.
      expect(vi.getTimerCount()).toBe(0);
      expect(hasPendingDraft()).toBe(false);
    });

    it('visibilitychange to hidden writes the newest sealed draft by itself', async () => {
      stop = installAutosaveFlush(window);
      typeSomeDrafts();
      setVisibility('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(await draftTextsOnceWritten(key)).toEqual(['leaving now']);
      expect(vi.getTimerCount()).toBe(0);
      expect(hasPendingDraft()).toBe(false);
    });

    it('visibilitychange to visible writes nothing, and the debounce is still waiting', async () => {
      stop = installAutosaveFlush(window);
      typeSomeDrafts();
      setVisibility('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(await draftTextsOnceWritten(key, 300)).toEqual([]);
      expect(vi.getTimerCount()).toBe(1);
      expect(hasPendingDraft()).toBe(true);
    });

    it('after the listeners are removed, hiding the page writes nothing', async () => {
      installAutosaveFlush(window)();
      typeSomeDrafts();
      window.dispatchEvent(new Event('pagehide'));
      setVisibility('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(await draftTextsOnceWritten(key, 300)).toEqual([]);
      expect(hasPendingDraft()).toBe(true);
    });
  });

  it('forgets an unwritten draft when cancelled (after a save)', async () => {
    scheduleDraftSave(key, { ...blankDraft(1), text: 'gone' });
    cancelDraftSave();
    await flushDraftSave();
    expect(hasPendingDraft()).toBe(false);
    expect(await drafts(key)).toEqual([]);
  });
});
