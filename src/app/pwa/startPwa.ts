/** Starts the offline parts: the service worker, and the one request for persistent storage. */
import { askOnceAfterFirstEntry } from './persistentStorage';
import { registerServiceWorker } from './registerServiceWorker';

export function startPwa(): void {
  registerServiceWorker();
  askOnceAfterFirstEntry();
}
