/**
 * Views kept out of the first screen's bundle, fetched when the browser is idle after the
 * journal opens. React.lazy alone would show the fallback on a view's first open, and
 * React holds a shown fallback for about 300 ms: once preloaded, these render at once.
 */
import { type ComponentType, lazy } from 'react';
import { whenIdle } from '../lib/idle';
import { loadFirstMessages, loadMessages } from './i18n/i18n';

export interface LazyView<P> {
  View: ComponentType<P>;
  preload(): Promise<unknown>;
}

/**
 * `words`: the catalogue part the view speaks from. A view loads with its words, so it never
 * waits for them once shown: 'first' for the first screens, whose words come at start-up.
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  words: 'first' | 'all' = 'all',
): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    const loadWords = words === 'first' ? loadFirstMessages : loadMessages;
    pending ??= Promise.all([load(), loadWords()]).then(
      ([component]) => (loaded = component),
      (error: unknown) => {
        pending = null; // offline without a cache: try again on the next open
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function View(props: P) {
    const Component = loaded;
    return Component ? <Component {...props} /> : <Lazy {...props} />;
  }
  return { View, preload };
}

/**
 * Fetches the views one idle moment at a time (all in one go was one long task of preload
 * links on a slow phone); a failure waits for the view's open.
 */
export function preloadWhenIdle(views: readonly Pick<LazyView<never>, 'preload'>[]): void {
  const [view, ...rest] = views;
  if (!view) return;
  whenIdle(
    () => {
      const next = () => preloadWhenIdle(rest);
      view.preload().then(next, next);
    },
    { timeout: 2000 },
  );
}
