import { useEffect, useRef, useState } from 'react';
import { NO_PRESSES, pressKey } from './exitKeys';
import { quickExit } from './quickExit';
import './quickExit.css';
import { useT } from '../ui/i18n/i18n';

/** How long a "press once more" hint stays for screen readers before it is cleared. */
const HINT_MS = 5000;

/**
 * The Quick exit button, and the keys (Shift x3) that do the same from
 * anywhere, even while typing. Listens in the capture phase so no view can swallow them.
 */
export function QuickExitButton() {
  const { t } = useT('first');
  const [hint, setHint] = useState('');
  const state = useRef(NO_PRESSES);

  useEffect(() => {
    let clear: ReturnType<typeof setTimeout> | undefined;
    const onKey = (event: KeyboardEvent) => {
      const result = pressKey(state.current, {
        type: event.type === 'keyup' ? 'keyup' : 'keydown',
        key: event.key,
        repeat: event.repeat,
        time: event.timeStamp,
      });
      state.current = result.state;
      if (result.exit) {
        event.preventDefault();
        quickExit();
        return;
      }
      if (result.hint !== null) {
        setHint(result.hint);
        clearTimeout(clear);
        if (result.hint) clear = setTimeout(() => setHint(''), HINT_MS);
      }
    };
    const forget = () => {
      state.current = NO_PRESSES;
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKey, true);
    window.addEventListener('blur', forget);
    return () => {
      clearTimeout(clear);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keyup', onKey, true);
      window.removeEventListener('blur', forget);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        className="quick-exit"
        onClick={quickExit}
        aria-describedby="quick-exit-keys"
      >
        {t('shell.quickExit')}
      </button>
      <span id="quick-exit-keys" className="visually-hidden">
        {t('shell.quickExitKeys')}
      </span>
      <p className="visually-hidden" aria-live="polite" data-testid="quick-exit-hint">
        {hint}
      </p>
    </>
  );
}
