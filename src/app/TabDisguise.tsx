import { useEffect } from 'react';
import { rememberExitUrl } from '../state/exitMemory';
import { disguiseFor, rememberDisguise, rememberedDisguise, wearDisguise } from '../lib/disguise';
import { useKeel } from '../state/store';

/**
 * Keeps the tab title and icon on the chosen disguise, locked or open, and mirrors the
 * chosen exit page for quick exit from the lock screen.
 */
export function TabDisguise() {
  const open = useKeel((s) => s.phase === 'open');
  const title = useKeel((s) => s.settings.tabTitle);
  const exitUrl = useKeel((s) => s.settings.exitUrl);
  useEffect(() => {
    if (open) rememberExitUrl(exitUrl);
  }, [open, exitUrl]);
  useEffect(() => {
    // Leaving by quick exit: keep the neutral title it set.
    if (document.documentElement.classList.contains('exiting')) return;
    if (open) {
      rememberDisguise(title);
      wearDisguise(disguiseFor(title));
    } else {
      wearDisguise(rememberedDisguise());
    }
  }, [open, title]);
  return null;
}
