import { useState, useSyncExternalStore } from 'react';
import { onStorageAnswer, storageAnswer } from './persistentStorage';
import '../notice.css';
import { useT } from '../../ui/i18n/i18n';

/** Said once after a save when the browser would not promise to keep Keel's storage. */
export function StorageNote() {
  const { t } = useT();
  const answer = useSyncExternalStore(onStorageAnswer, storageAnswer);
  const [closed, setClosed] = useState(false);
  if (answer !== false || closed) return null;
  return (
    <section className="notice" role="note" aria-label={t('storage.heading')}>
      <p>{t('storage.mayBeCleared')}</p>
      <button type="button" onClick={() => setClosed(true)}>
        {t('shell.gotIt')}
      </button>
    </section>
  );
}
