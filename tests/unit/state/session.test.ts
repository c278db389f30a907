import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropJournal } from '../../../src/app/lock';
import { beforeJournalDrops } from '../../../src/state/pendingSaves';
import { openJournal } from '../../../src/app/start';
import { requireKey, useKeel } from '../../../src/state/store';
import * as tabChannel from '../../../src/lib/tabChannel';
import { updateSettings } from '../../../src/state/updateSettings';
import { saveEntry } from '../../../src/storage/writes';
import { blankDraft } from '../../../src/features/journal/newEntry';
import { hasPendingDraft, scheduleDraftSave } from '../../../src/features/journal/autosave';
import { loadSearch, searchEntries } from '../../../src/features/journal/searchIndex';
import { claimDraft, isMine, myDraftIds } from '../../../src/features/journal/tabDrafts';
import { openSafetyAt, takeRequestedPart } from '../../../src/state/safetyJump';
import {
  currentSession,
  endSession,
  Session,
  sessionPart,
  startSession,
} from '../../../src/state/session';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { openVault } from '../../../src/state/openVault';
import { storeAttachment } from '../../../src/storage/attachmentRepo';
import { objectUrlFor, urlCount } from '../../../src/features/journal/attachments/urls';
import { freshDatabase } from '../helpers';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  void endSession('discard');
});

/** Object URLs made and not yet revoked (jsdom makes none of its own). */
const liveUrls = new Set<string>();
function countObjectUrls(): void {
  let made = 0;
  liveUrls.clear();
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
    made += 1;
    const url = `blob:keel/${made}`;
    liveUrls.add(url);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void liveUrls.delete(url));
}

async function aPhotoOnScreen(key: CryptoKey): Promise<void> {
  const meta = await storeAttachment(key, {
    id: 'p1',
    kind: 'image',
    type: 'image/png',
    description: 'the door',
    hasLocation: false,
    original: new Uint8Array([1, 2, 3, 4]),
    thumb: { type: 'image/jpeg', bytes: new Uint8Array([5, 6]) },
    now: 1_700_000_000_000,
  });
  await objectUrlFor(meta, 'thumb');
  await objectUrlFor(meta, 'original');
}

function newKey(): Promise<CryptoKey> {
  return importDataKey(newRawDataKey());
}

describe('a session', () => {
  it('makes each part once, on first use, and disposes of every part once when it ends', async () => {
    const session = new Session(await newKey());
    const dispose = vi.fn();
    const create = vi.fn(() => ({ seen: new Set<string>(), dispose }));
    const SEEN = sessionPart('seen', create);
    session.part(SEEN).seen.add('a');
    expect(session.part(SEEN).seen.has('a')).toBe(true);
    expect(create).toHaveBeenCalledTimes(1);

    await session.end('discard');
    await session.end('discard');

    expect(dispose).toHaveBeenCalledTimes(1);
    expect(session.key).toBeNull();
    expect(session.ended).toBe(true);
    expect(() => session.part(SEEN)).toThrow();
  });

  it('starts every waiting write while the key is still there, then drops the key', async () => {
    const key = await newKey();
    const session = new Session(key);
    const keysSeen: (CryptoKey | null)[] = [];
    const flush = vi.fn(() => {
      keysSeen.push(session.key);
      return Promise.reject(new Error('disk full'));
    });
    session.own({ flush, dispose: () => undefined });

    const written = session.end('flush');

    expect(keysSeen).toEqual([key]);
    expect(session.key).toBeNull();
    await expect(written).resolves.toBeUndefined(); // a failed write never makes a lock fail
  });

  it('writes nothing when told to discard', async () => {
    const session = new Session(await newKey());
    const flush = vi.fn(() => Promise.resolve());
    const drop = vi.fn();
    session.own({ flush, dispose: drop });
    await session.end('discard');
    expect(flush).not.toHaveBeenCalled();
    expect(drop).toHaveBeenCalledTimes(1);
  });

  it('clears its timers when it ends, and a timer set afterwards never runs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const session = new Session(await newKey());
    const ran = vi.fn();
    session.setTimeout(ran, 100);
    session.setTimeout(ran, 5_000);
    expect(vi.getTimerCount()).toBe(2);
    await session.end('discard');
    session.setTimeout(ran, 100);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ran).not.toHaveBeenCalled();
  });

  it('starting a new session ends the one before it', async () => {
    const first = startSession(await newKey());
    const second = startSession(await newKey());
    expect(first.ended).toBe(true);
    expect(currentSession()).toBe(second);
  });
});

describe('after the journal is dropped, nothing of the old session answers', () => {
  async function openWithEverything() {
    freshDatabase();
    const opening = await openVault();
    if (opening.state !== 'open') throw new Error('expected an open vault');
    await saveEntry(opening.key, {
      id: 'e1',
      createdAt: 1,
      updatedAt: 1,
      happenedAt: 1,
      text: 'walked by the river',
      mood: null,
      feelings: [],
      events: [],
    });
    await openJournal(opening.key);
    const session = currentSession();
    if (!session) throw new Error('expected a session');
    const entries = useKeel.getState().entries;
    await loadSearch();
    expect(searchEntries(entries, 'river')).toEqual(new Set(['e1']));
    await updateSettings({ idleLockMinutes: 10 });
    countObjectUrls();
    await aPhotoOnScreen(opening.key);
    expect(liveUrls.size).toBe(2);

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const told = vi.spyOn(tabChannel, 'tellOtherTabs').mockImplementation(() => undefined);
    const draft = { ...blankDraft(Date.now()), text: 'half a thought' };
    claimDraft(draft.id);
    scheduleDraftSave(opening.key, draft);
    openSafetyAt('resources');
    const planFlush = vi.fn(() => Promise.resolve());
    const planDrop = vi.fn();
    beforeJournalDrops(planFlush, planDrop);
    session.setTimeout(() => undefined, 60_000);

    expect(hasPendingDraft()).toBe(true);
    expect(isMine(draft.id)).toBe(true);
    expect(vi.getTimerCount()).toBe(2);
    return { session, entries, draft, told, planFlush, planDrop };
  }

  function expectNothingAnswers(session: Session, entries: ReadonlyMap<string, unknown>): void {
    expect(currentSession()).toBeNull();
    expect(session.ended).toBe(true);
    expect(session.key).toBeNull();
    expect(() => requireKey()).toThrow();
    expect(useKeel.getState().key).toBeNull();
    expect(useKeel.getState().entries.size).toBe(0);
    expect(searchEntries(entries as never, 'river')).toBeNull();
    expect(hasPendingDraft()).toBe(false);
    expect(myDraftIds()).toEqual([]);
    expect(takeRequestedPart()).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    expect(urlCount()).toBe(0);
  }

  it('when it is deleted (nothing waiting is written)', async () => {
    const { session, entries, draft, told, planFlush, planDrop } = await openWithEverything();

    await dropJournal('starting', 'discard');

    expectNothingAnswers(session, entries);
    expect(liveUrls.size).toBe(0);
    expect(planFlush).not.toHaveBeenCalled();
    expect(planDrop).toHaveBeenCalledTimes(1);
    expect(told).toHaveBeenCalledWith({ type: 'drafts-released', ids: [draft.id] });
  });

  it('when it is locked (what was waiting is written first, with the key still at hand)', async () => {
    const { session, entries, planFlush } = await openWithEverything();

    const written = dropJournal('locked', 'flush');

    expectNothingAnswers(session, entries);
    expect(planFlush).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
    await written;
    expect(liveUrls.size).toBe(0);
  });

  it('when only the session ends: its photos are let go of with it', async () => {
    const { session } = await openWithEverything();

    await endSession('discard');

    expect(session.key).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    expect(urlCount()).toBe(0);
    expect(liveUrls.size).toBe(0);
  });
});
