/**
 * "Delete everything": drop what is in memory, remove what is stored, and say so. The tab's
 * disguise and the exit page are choices about this device, not the journal: they stay, so
 * the tab does not turn back into "Keel" at the very moment it matters.
 */
import { rememberDisguise, rememberedDisguise } from '../lib/disguise';
import { rememberedExitUrl, rememberExitUrl } from '../state/exitMemory';
import { dropJournal } from './lock';
import { useKeel } from '../state/store';
import type { FirstKey } from '../ui/i18n/messages/en';

/** The problem kept in the store: a message key, said in the language shown (App's Body). */
export const WIPE_FAILED_MESSAGE: FirstKey = 'shell.wipeFailed';

export async function deleteEverything(): Promise<void> {
  const disguise = rememberedDisguise().title;
  const exitUrl = rememberedExitUrl();
  void dropJournal('starting', 'discard');
  try {
    // Loaded only now: the second journal's and re-keying code it brings is no part of the first screen.
    const { wipeStorage } = await import('../storage/wipe');
    await wipeStorage();
  } catch (error) {
    // Settings is gone from the screen by now, so the message shows in the app's place.
    console.error(error);
    useKeel.getState().setPhase('failed', WIPE_FAILED_MESSAGE);
    throw error;
  } finally {
    rememberDisguise(disguise);
    rememberExitUrl(exitUrl);
  }
  // No new journal yet: the person sees that it was done, and chooses what comes next.
  useKeel.getState().setPhase('wiped');
}
