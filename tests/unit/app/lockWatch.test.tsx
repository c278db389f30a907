import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LockWatch } from '../../../src/app/LockWatch';
import { useKeel } from '../../../src/state/store';
import { openTabChannel, type TabMessage, tellOtherTabs } from '../../../src/lib/tabChannel';
import { DEFAULT_SETTINGS } from '../../../src/storage/types';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';

afterEach(() => {
  vi.useRealTimers();
  useKeel.getState().resetAll('locked');
});

async function openWithIdleLock(minutes: number): Promise<void> {
  const key = await importDataKey(newRawDataKey());
  useKeel.getState().open(
    key,
    {
      entries: [],
      drafts: [],
      tags: [],
      settings: { ...DEFAULT_SETTINGS, idleLockMinutes: minutes },
      unreadable: 0,
    },
    false,
  );
}

describe('the idle lock', () => {
  it('locks on waking when the chosen time passed while the device slept', async () => {
    await openWithIdleLock(5);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    render(<LockWatch />);
    // The device sleeps: the clock moves on, but no timer runs.
    vi.setSystemTime(Date.now() + 6 * 60_000);
    expect(useKeel.getState().phase).toBe('open');
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(useKeel.getState().phase).toBe('locked');
    expect(useKeel.getState().key).toBeNull();
  });

  it('stays open on waking before the chosen time', async () => {
    await openWithIdleLock(5);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    render(<LockWatch />);
    vi.setSystemTime(Date.now() + 2 * 60_000);
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(useKeel.getState().phase).toBe('open');
  });
});

describe('the idle lock across tabs', () => {
  it('counts activity in another Keel tab, so a tab in the background stays open', async () => {
    await openWithIdleLock(5);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    render(<LockWatch />);
    const otherTab = openTabChannel();
    const probe = openTabChannel();
    const heard = new Promise<void>((resolve) => probe.listen(() => resolve()));
    vi.setSystemTime(Date.now() + 4 * 60_000);
    otherTab.post({ type: 'activity' });
    await heard;
    await new Promise((resolve) => setImmediate(resolve));
    vi.setSystemTime(Date.now() + 2 * 60_000);
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(useKeel.getState().phase).toBe('open');
    otherTab.close();
    probe.close();
  });

  it('tells the other tabs of activity here, at most once in ten seconds', async () => {
    await openWithIdleLock(5);
    render(<LockWatch />);
    const otherTab = openTabChannel();
    const heard: TabMessage[] = [];
    otherTab.listen((message) => heard.push(message));
    for (let i = 0; i < 20; i += 1) window.dispatchEvent(new Event('pointermove'));
    // A later message from this tab arrives after everything this tab sent before it.
    tellOtherTabs({ type: 'drafts-asked' });
    await vi.waitFor(() => expect(heard.at(-1)).toEqual({ type: 'drafts-asked' }));
    expect(heard).toEqual([{ type: 'activity' }, { type: 'drafts-asked' }]);
    otherTab.close();
  });
});
