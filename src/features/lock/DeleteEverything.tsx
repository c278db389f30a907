import { useState } from 'react';
import { useLockActions } from './lockActions';
import { Problem } from '../../ui/Problem';
import { useT } from '../../ui/i18n/i18n';

/**
 * Remove the whole journal from this device, after typing DELETE: in Settings, and on the
 * lock screen when the passphrase is forgotten (`onLockScreen`).
 */
export function DeleteEverything({ onLockScreen = false }: { onLockScreen?: boolean }) {
  const { t } = useT();
  const { deleteEverything } = useLockActions();
  const word = t('deleteAll.word');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const ready = typed.trim() === word;

  const run = async () => {
    if (!ready) return;
    setBusy(true);
    try {
      await deleteEverything();
    } catch {
      setProblem(t('deleteAll.failed'));
      setBusy(false);
    }
  };

  return (
    <section className="settings-section" aria-labelledby="delete-everything-heading">
      <h2 id="delete-everything-heading">{t('deleteAll.heading')}</h2>
      <p>{t(onLockScreen ? 'deleteAll.onLockScreen' : 'deleteAll.inSettings')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <label className="field">
          <span>{t('deleteAll.typeWord', { word })}</span>
          <input
            value={typed}
            autoComplete="off"
            autoCapitalize="characters"
            onChange={(event) => setTyped(event.target.value)}
          />
        </label>
        <div className="actions">
          <button type="submit" disabled={!ready || busy}>
            {t(busy ? 'deleteAll.deleting' : 'deleteAll.button')}
          </button>
        </div>
      </form>
      <Problem>{problem}</Problem>
    </section>
  );
}
