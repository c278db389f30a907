import { useEffect } from 'react';
import { disguiseFor, rememberDisguise, rememberedDisguise, wearDisguise } from './disguise';
import { useKeel } from './store';

/** Keeps the tab title and icon on the chosen disguise, locked or open. */
export function TabDisguise() {
  const open = useKeel((s) => s.phase === 'open');
  const title = useKeel((s) => s.settings.tabTitle);
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
