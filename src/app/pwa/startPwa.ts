/** Starts the offline parts: the service worker, and the requests for persistent storage. */
import { whenIdle } from '../../lib/idle';
import { useKeel } from '../../state/store';
import { askAtSaves } from './persistentStorage';

/** Runs `fn` when the browser is idle after the first screen (journal, lock screen or error). */
function afterFirstScreen(fn: () => void): void {
  if (useKeel.getState().phase !== 'starting') {
    whenIdle(fn, { timeout: 2000 });
    return;
  }
  const unsubscribe = useKeel.subscribe((state) => {
    if (state.phase === 'starting') return;
    unsubscribe();
    whenIdle(fn, { timeout: 2000 });
  });
}

export function startPwa(): void {
  // The worker and workbox-window are not needed to show the first screen: they wait for it
  // instead of competing with the journal's code and data (docs/decisions/0009).
  afterFirstScreen(() => {
    import('./registerServiceWorker')
      .then((worker) => worker.registerServiceWorker())
      .catch((error: unknown) => {
        // Keel still works online without a worker; there is nothing the person could do about it.
        console.error(error);
      });
  });
  askAtSaves();
}
