import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../src/lib/idle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs the work at the next idle moment, and not if cancelled first', () => {
    const idle = new Map<number, () => void>();
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.set(idle.size + 1, fn).size);
    vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.delete(handle));
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'));
    const cancel = whenIdle(() => ran.push('cancelled'));
    cancel();
    for (const fn of idle.values()) fn();
    expect(ran).toEqual(['kept']);
  });

  it('falls back to a short timeout where the browser has no idle callback', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran: string[] = [];
    whenIdle(() => ran.push('later'));
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(ran).toEqual(['later']);
  });

  it('does nothing once the page is gone', () => {
    vi.stubGlobal('window', undefined);
    const cancel = whenIdle(() => {
      throw new Error('ran without a page');
    });
    expect(() => cancel()).not.toThrow();
  });
});
