import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyView, preloadWhenIdle } from '../../../src/ui/lazyView';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('views loaded lazily', () => {
  it('a preloaded view shows at once, with no fallback', async () => {
    const view = lazyView(() => Promise.resolve(Greeting));
    await view.preload();
    render(
      <Suspense fallback={<p>Opening…</p>}>
        <view.View name="Sam" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Sam')).toBeInTheDocument();
    expect(screen.queryByText('Opening…')).not.toBeInTheDocument();
  });

  it('a view not loaded yet shows the fallback, then the view', async () => {
    const view = lazyView(() => Promise.resolve(Greeting));
    render(
      <Suspense fallback={<p>Opening…</p>}>
        <view.View name="Ali" />
      </Suspense>,
    );
    expect(screen.getByText('Opening…')).toBeInTheDocument();
    expect(await screen.findByText('Hello Ali')).toBeInTheDocument();
  });

  it('a failed load is tried again on the next preload', async () => {
    let calls = 0;
    const view = lazyView(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting);
    });
    await expect(view.preload()).rejects.toThrow('offline');
    await act(() => view.preload());
    expect(calls).toBe(2);
  });

  describe('preloading when idle', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('fetches one view per idle moment, the next once the one before has loaded', async () => {
      const idle: (() => void)[] = [];
      vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
      const loaded: string[] = [];
      const views = ['first', 'second', 'third'].map((name) =>
        lazyView(() => {
          loaded.push(name);
          return name === 'second'
            ? Promise.reject(new Error('offline'))
            : Promise.resolve(Greeting);
        }),
      );
      preloadWhenIdle(views);
      expect(loaded).toEqual([]);
      idle.shift()?.();
      expect(loaded).toEqual(['first']);
      await vi.waitFor(() => expect(idle).toHaveLength(1));
      idle.shift()?.();
      expect(loaded).toEqual(['first', 'second']);
      // A failed view does not stop the ones after it.
      await vi.waitFor(() => expect(idle).toHaveLength(1));
      idle.shift()?.();
      expect(loaded).toEqual(['first', 'second', 'third']);
    });
  });
});
