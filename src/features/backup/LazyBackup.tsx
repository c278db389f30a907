import { lazy, Suspense } from 'react';

const BackupSection = lazy(() => import('./BackupSection'));

/** The backup section, loaded only when Settings opens (keeps the first screen small). */
export function LazyBackup() {
  return (
    <Suspense fallback={<p>Opening backups…</p>}>
      <BackupSection />
    </Suspense>
  );
}
