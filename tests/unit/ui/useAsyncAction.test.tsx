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
});
