/** Starts the offline parts: the service worker, and the one request for persistent storage. */
import { askOnceAfterFirstEntry } from './persistentStorage';
import { registerServiceWorker } from './registerServiceWorker';

export function startPwa(): void {
  registerServiceWorker().catch((error: unknown) => {
    // Keel still works online without a worker; there is nothing the person could do about it.
    console.error(error);
  });
  askOnceAfterFirstEntry();
}
