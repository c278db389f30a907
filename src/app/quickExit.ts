/**
 * Quick exit: leave for a neutral page at once. Order matters (DESIGN.md, non-negotiable 3):
 * hide the page, neutral title, start the navigation, then drop the key and every
 * decrypted object. Nothing here waits on storage.
 */
import { rememberedExitUrl } from './exitMemory';
import { dropJournal } from './lock';
import { useKeel } from './store';

export const NEUTRAL_TITLE = 'New Tab';

export function quickExit(): void {
  document.documentElement.classList.add('exiting');
  document.title = NEUTRAL_TITLE;
  const state = useKeel.getState();
  window.location.replace(state.phase === 'open' ? state.settings.exitUrl : rememberedExitUrl());
  // Start writing the last sealed draft (ciphertext only) without waiting for it;
  // the page may be gone before it finishes, which is the price of leaving at once.
  void dropJournal('locked', 'flush');
}
