/**
 * Keel's part in the other tabs' news (see tabChannel.ts): a quick exit anywhere makes
 * this tab leave too, a Lock anywhere locks it, and the journal hears of saves, deletes and
 * open drafts. Installed once at start, so it works on the lock screen as well.
 */
import { releaseDrafts } from '../features/journal/tabDrafts';
import { askOtherTabsOnOpen, onJournalMessage } from '../features/journal/tabSync';
import { lockJournal } from './lock';
import { leaveWithOtherTab } from './quickExit';
import { useKeel } from '../state/store';
import { hearOtherTabs, openChannelEarly } from '../lib/tabChannel';

let following: (() => void) | null = null;

/** Starts following (once: a second call returns the same stop function). */
export function followOtherTabs(target: Window = window): () => void {
  following ??= follow(target);
  return following;
}

function follow(target: Window): () => void {
  openChannelEarly();
  const stopHearing = hearOtherTabs((message) => {
    switch (message.type) {
      case 'quick-exit':
        leaveWithOtherTab();
        return;
      case 'lock':
        if (useKeel.getState().phase === 'open') void lockJournal();
        return;
      default:
        onJournalMessage(message);
    }
  });
  const stopAsking = askOtherTabsOnOpen();
  // A closing tab lets go of its drafts (written as it closes), so the others may offer them.
  const onPageHide = () => releaseDrafts();
  target.addEventListener('pagehide', onPageHide);
  return () => {
    stopHearing();
    stopAsking();
    target.removeEventListener('pagehide', onPageHide);
    following = null;
  };
}
