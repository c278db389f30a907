/**
 * Screens that are the first screen only sometimes, so they stay out of the journal's
 * first bundle (docs/design.md, budgets: 120 KB): the lock screen (the first screen only with a
 * passphrase), the first-run passphrase offer, and "Staying safe on this device".
 * `start()` loads the one it is about to show before showing it, so it appears at once;
 * the others are preloaded when the browser is idle after the journal opens.
 */
import { lazyView } from '../ui/lazyView';

// With its words (lazyView waits for them): shown complete, never a heading alone that
// fills in a moment later.
export const lockScreen = lazyView(
  () => import('../features/lock/LockScreen').then((m) => m.LockScreen),
  'first',
);
export const firstRunOffer = lazyView(
  () => import('../features/lock/FirstRunOffer').then((m) => m.FirstRunOffer),
  'first',
);
export { stayingSafe } from '../features/lock/stayingSafeView';

/** Loads a screen before it is shown; a failed load is left to its Suspense fallback. */
export function ready(screen: { preload(): Promise<unknown> }): Promise<void> {
  return screen.preload().then(
    () => undefined,
    () => undefined,
  );
}
