/**
 * Quick exit: leave for a neutral page at once. Order matters (docs/design.md, rule 3):
 * hide the page, neutral title, start the navigation, then tell every other Keel tab and
 * drop the key and every decrypted object. Nothing here waits on storage or on a tab.
 */
import { rememberedExitUrl } from '../state/exitMemory';
import { dropJournal } from './lock';
import { useKeel } from '../state/store';
import { tellOtherTabs } from '../lib/tabChannel';

export const NEUTRAL_TITLE = 'New Tab';

function exitUrl(): string {
  const state = useKeel.getState();
  return state.phase === 'open' ? state.settings.exitUrl : rememberedExitUrl();
}

/** Hides the page and starts the navigation: the first, synchronous part of every exit. */
function leave(url: string): void {
  document.documentElement.classList.add('exiting');
  document.title = NEUTRAL_TITLE;
  window.location.replace(url);
}

export function quickExit(): void {
  leave(exitUrl());
  tellOtherTabs({ type: 'quick-exit' });
  // Start writing the last sealed draft (ciphertext only) without waiting for it;
  // the page may be gone before it finishes, which is the price of leaving at once.
  void dropJournal('locked', 'flush');
}

/** Another Keel tab was quick-exited: this one leaves too, the same way, telling no one. */
export function leaveWithOtherTab(): void {
  leave(exitUrl());
  void dropJournal('locked', 'flush');
}
