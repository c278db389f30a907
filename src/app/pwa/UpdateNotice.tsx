import { useState } from 'react';
import { applyUpdate, dismissUpdate, useUpdate } from './registerServiceWorker';
import './pwa.css';

const MESSAGES = {
  ready: 'An update is ready. Keel works as it is until you reload, and nothing you wrote is lost.',
  elsewhere: 'Keel was updated in another tab. Reload to go on; everything you saved is kept.',
  unsaved:
    'Keel could not save what you are writing just now, so it did not reload. Try again in a moment.',
} as const;

/** One small, calm notice when a new version is waiting. It never reloads on its own. */
export function UpdateNotice() {
  const state = useUpdate((s) => s.state);
  const dismissed = useUpdate((s) => s.dismissed);
  const [busy, setBusy] = useState(false);
  const shown = state !== 'none' && !dismissed;

  const reload = () => {
    setBusy(true);
    applyUpdate().finally(() => setBusy(false));
  };

  // The live region stays mounted so that screen readers hear the notice when it appears.
  return (
    <div className="update-notice" role="status" aria-live="polite">
      {shown && (
        <div className="update-notice-body">
          <p>{MESSAGES[state]}</p>
          <div className="update-notice-actions">
            <button type="button" className="primary" onClick={reload} disabled={busy}>
              Reload now
            </button>
            {state !== 'elsewhere' && (
              <button type="button" onClick={dismissUpdate}>
                Later
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
