import { useEffect } from 'react';
import { lockEveryTab, lockJournal } from './lock';
import { useKeel } from '../state/store';
import { ACTIVITY_EVERY_MS, hearOtherTabs, tellOtherTabs } from '../lib/tabChannel';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll'];

/**
 * Locks on its own: after the chosen idle time, when the app is hidden (if asked), and
 * whenever the browser puts the page in, or brings it back from, its back/forward cache.
 * Activity in any Keel tab counts (each tab tells the others, at most every 10 s), and the
 * idle lock locks every tab; the other locks are this tab's own.
 */
export function LockWatch() {
  const open = useKeel((s) => s.phase === 'open');
  const minutes = useKeel((s) => s.settings.idleLockMinutes);

  useEffect(() => {
    if (!open || minutes <= 0) return;
    const limit = minutes * 60_000;
    let last = Date.now();
    let timer = setTimeout(check, limit);
    function check() {
      const idle = Date.now() - last;
      if (idle >= limit) void lockEveryTab();
      else timer = setTimeout(check, limit - idle);
    }
    let told = 0;
    const active = () => {
      last = Date.now();
      if (last - told >= ACTIVITY_EVERY_MS) {
        told = last;
        tellOtherTabs({ type: 'activity' });
      }
    };
    const stopHearing = hearOtherTabs((message) => {
      if (message.type === 'activity') last = Date.now();
    });
    // Timers sleep with the device and slow down in hidden tabs: look again on waking.
    const wake = () => {
      if (document.visibilityState !== 'hidden') {
        clearTimeout(timer);
        check();
      }
    };
    const options = { capture: true, passive: true };
    for (const type of ACTIVITY) window.addEventListener(type, active, options);
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('focus', wake);
    window.addEventListener('pageshow', wake);
    return () => {
      clearTimeout(timer);
      stopHearing();
      for (const type of ACTIVITY) window.removeEventListener(type, active, options);
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('focus', wake);
      window.removeEventListener('pageshow', wake);
    };
  }, [open, minutes]);

  useEffect(() => {
    // Always listening, and reading the setting when the page hides: no gap between
    // ticking the box and the watch being on.
    const onVisibility = () => {
      const { phase, settings } = useKeel.getState();
      if (document.visibilityState === 'hidden' && phase === 'open' && settings.lockWhenHidden) {
        void lockJournal();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    const onHide = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      // Going into the back/forward cache: hide now, so a restore never shows the journal.
      root.classList.add('exiting');
      void lockJournal();
    };
    const onShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      root.classList.add('exiting');
      void lockJournal();
      // Show the page again once React has drawn the lock screen.
      requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove('exiting')));
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('pageshow', onShow);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
    };
  }, []);

  return null;
}
