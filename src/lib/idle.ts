/**
 * Runs `fn` when the browser is next idle (within `timeout` ms, if given); older Safari has
 * no requestIdleCallback, so a short timeout stands in. Returns a cancel. Does nothing once
 * the page is gone: a chain of idle work can outlive its page (a test's window is torn down
 * under it).
 */
export function whenIdle(fn: () => void, options?: { timeout: number }): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const idle: Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>> = window;
  if (idle.requestIdleCallback) {
    const handle = idle.requestIdleCallback(fn, options);
    return () => idle.cancelIdleCallback?.(handle);
  }
  const handle = window.setTimeout(fn, 200);
  return () => window.clearTimeout(handle);
}
