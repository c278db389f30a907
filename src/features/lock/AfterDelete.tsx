import { useLockActions } from './lockActions';
import { useT } from '../../ui/i18n/i18n';

/**
 * Shown after Delete everything: one calm line that it was done, the exit page, and what
 * Keel cannot reach. No new journal is made until the person asks for one.
 */
export function AfterDelete() {
  const { t } = useT('first');
  const { quickExit } = useLockActions();
  return (
    <main id="main" className="lock after-delete" aria-labelledby="deleted-heading">
      <h1 id="deleted-heading">{t('afterDelete.heading')}</h1>
      <p role="status">{t('afterDelete.done')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={quickExit}>
          {t('afterDelete.leave')}
        </button>
      </div>
      <h2>{t('afterDelete.cannotReach')}</h2>
      <p>{t('afterDelete.files')}</p>
      <p>{t('afterDelete.history')}</p>
      <button type="button" className="link" onClick={() => window.location.reload()}>
        {t('afterDelete.startNew')}
      </button>
    </main>
  );
}
