/**
 * The service worker's lifecycle, read top to bottom. Updates wait for the person:
 * a new version installs in the background, then waits; the notice offers "Reload now",
 * which saves the draft first, then lets the new worker take over, then reloads. Until
 * then the old version keeps working (docs/decisions/0003-service-worker-updates.md).
 */
import type { Workbox } from 'workbox-window';
import { flushDraftSave, hasPendingDraft } from '../../features/journal/autosave';
// The notice's state is its own small module: the first screen draws the notice, and this
// file loads after it.
import { useUpdate } from './updateState';

let workbox: Workbox | null = null;
/** True once this page asked the waiting worker to take over, so its arrival reloads. */
let reloading = false;

function enabled(): boolean {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return false;
  // In `vite dev` the worker would serve stale code: only with KEEL_PWA_DEV=1.
  return !import.meta.env.DEV || (typeof __KEEL_PWA_DEV__ === 'boolean' && __KEEL_PWA_DEV__);
}

/** Registers the worker (built sw.js, or vite-plugin-pwa's dev worker) and listens for updates. */
export async function registerServiceWorker(): Promise<void> {
  if (!enabled() || workbox) return;
  // workbox-window loads after the first screen, in its own (precached) chunk.
  const { Workbox } = await import('workbox-window');
  if (workbox) return;
  const url = import.meta.env.DEV ? '/dev-sw.js?dev-sw' : '/sw.js';
  const wb = new Workbox(url, { scope: '/', type: 'classic' });
  workbox = wb;

  // A new version installed and is waiting (found by this tab or another one).
  wb.addEventListener('waiting', () => useUpdate.setState({ state: 'ready', dismissed: false }));

  // The first install takes charge of the page (clientsClaim) with no older worker: nothing to
  // tell. Any later change of worker that this page did not ask for came from another tab.
  let hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
    else if (hadController) useUpdate.setState({ state: 'elsewhere', dismissed: false });
    hadController = true;
  });

  await wb.register();
}

/** "Reload now": save the draft, then let the waiting worker take over, then reload. */
export async function applyUpdate(): Promise<void> {
  await flushDraftSave();
  if (hasPendingDraft()) {
    // The draft could not be written (a full disk, say). Reloading now could lose it.
    useUpdate.setState({ state: 'unsaved', dismissed: false });
    return;
  }
  const registration = await navigator.serviceWorker?.getRegistration();
  if (workbox && registration?.waiting) {
    reloading = true;
    workbox.messageSkipWaiting(); // controllerchange (above) reloads once it has taken over
  } else {
    window.location.reload();
  }
}
