import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAsyncAction } from '../../../src/ui/useAsyncAction';

const explain = (error: unknown) =>
  error instanceof Error && error.message === 'quiet' ? null : 'This could not be done just now.';

describe('useAsyncAction', () => {
  it('is busy with its label while the work runs, then idle again', async () => {
    const { result } = renderHook(() => useAsyncAction(explain));
    let finish = () => {};
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.run('Working…', () => new Promise<void>((r) => (finish = r)));
    });
    expect(result.current.busy).toBe('Working…');
    await act(async () => {
      finish();
      await running;
    });
    expect(result.current.busy).toBe('');
    expect(result.current.problem).toBe('');
  });

  it('says the problem a failure gives, and clears it on the next try', async () => {
    const { result } = renderHook(() => useAsyncAction(explain));
    await act(() => result.current.run('Working…', () => Promise.reject(new Error('broken'))));
    expect(result.current.problem).toBe('This could not be done just now.');
    expect(result.current.busy).toBe('');
    await act(() => result.current.run('Working…', () => Promise.resolve()));
    expect(result.current.problem).toBe('');
  });

  it('says nothing for a failure that needs no word', async () => {
    const { result } = renderHook(() => useAsyncAction(explain));
    await act(() => result.current.run('Working…', () => Promise.reject(new Error('quiet'))));
    expect(result.current.problem).toBe('');
  });

  it('says what the work is doing now when it moves on to a further step', async () => {
    const { result } = renderHook(() => useAsyncAction(explain));
    let finish = () => {};
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.run('Making the key…', async (nowDoing) => {
        nowDoing('Writing…');
        await new Promise<void>((r) => (finish = r));
      });
    });
    expect(result.current.busy).toBe('Writing…');
    await act(async () => {
      finish();
      await running;
    });
    expect(result.current.busy).toBe('');
  });

  it('waits for an explanation that has to be loaded first, busy until it is said', async () => {
    let load = () => {};
    const loaded = new Promise<void>((r) => (load = r));
    const { result } = renderHook(() =>
      useAsyncAction(async () => {
        await loaded;
        return 'Loaded, then said.';
      }),
    );
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.run('Working…', () => Promise.reject(new Error('broken')));
    });
    expect(result.current.busy).toBe('Working…');
    await act(async () => {
      load();
      await running;
    });
    expect(result.current.problem).toBe('Loaded, then said.');
    expect(result.current.busy).toBe('');
  });
});
