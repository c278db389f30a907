import { useState } from 'react';
import { dismissUpdate, useUpdate } from './updateState';
import './pwa.css';
import { useT } from '../../ui/i18n/i18n';

const MESSAGES = {
  ready: 'update.ready',
  elsewhere: 'update.elsewhere',
  unsaved: 'update.unsaved',
} as const;

/** One small, calm notice when a new version is waiting. It never reloads on its own. */
export function UpdateNotice() {
  const { t } = useT('first');
  const state = useUpdate((s) => s.state);
  const dismissed = useUpdate((s) => s.dismissed);
  const [busy, setBusy] = useState(false);
  const shown = state !== 'none' && !dismissed;

  const reload = () => {
    setBusy(true);
    // Loaded already: it is the code that found the update.
    import('./registerServiceWorker')
      .then((worker) => worker.applyUpdate())
      .finally(() => setBusy(false));
  };

  // The live region stays mounted so that screen readers hear the notice when it appears.
  return (
    <div className="update-notice" role="status" aria-live="polite">
      {shown && (
        <div className="update-notice-body">
          <p>{t(MESSAGES[state])}</p>
          <div className="update-notice-actions">
            <button type="button" className="primary" onClick={reload} disabled={busy}>
              {t('update.reload')}
            </button>
            {state !== 'elsewhere' && (
              <button type="button" onClick={dismissUpdate}>
                {t('update.later')}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
