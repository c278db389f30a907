import { lazy, Suspense } from 'react';
import { useT } from '../../ui/i18n/i18n';

const BackupSection = lazy(() => import('./BackupSection'));

function Opening() {
  const { t } = useT();
  return <p>{t('backup.opening')}</p>;
}

/** The backup section, loaded only when Settings opens (keeps the first screen small). */
export function LazyBackup() {
  return (
    <Suspense fallback={<Opening />}>
      <BackupSection />
    </Suspense>
  );
}
