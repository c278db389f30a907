import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyView } from '../../../src/ui/lazyView';

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
});
