import { useEffect } from 'react';

/**
 * Loads a view's records once when it opens. An answer that arrives after the view has
 * closed (a lock or quick exit unmounts it) is dropped, so nothing decrypted outlives it.
 * Pass stable functions (module functions and state setters) so it runs only once.
 */
export function useLoadOnce<T>(
  load: () => Promise<T>,
  onLoaded: (value: T) => void,
  onFailed: (message: string) => void,
  failureMessage: string,
): void {
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && onLoaded(value),
      () => live && onFailed(failureMessage),
    );
    return () => {
      live = false;
    };
  }, [load, onLoaded, onFailed, failureMessage]);
}
