import { lazy, Suspense, useEffect, useState } from 'react';
import {
  askToKeepStorage,
  formatBytes,
  type StorageReport,
  storageReport,
} from './persistentStorage';
import { APP_VERSION } from '../../lib/version';
import { reportForOpenJournal } from '../../storage/secondStorage';
import { type Translate, useT } from '../../ui/i18n/i18n';
import './pwa.css';

const MediaUsageLine = lazy(() => import('./MediaUsageLine'));

function keepingText(persisted: boolean | null, t: Translate): string {
  if (persisted === true) return t('storage.kept');
  if (persisted === false) return t('storage.mayBeCleared');
  return t('storage.unknown');
}

function usageText(report: StorageReport, t: Translate, locale: string): string {
  if (report.usage === null) return t('storage.noUsage');
  const used = formatBytes(report.usage, locale);
  return report.quota
    ? t('storage.usedOfQuota', { used, quota: formatBytes(report.quota, locale) })
    : t('storage.used', { used });
}

/** Settings: whether the browser will keep Keel's storage, and how much space it takes. */
export function StorageSettings() {
  const { t, locale } = useT();
  const [report, setReport] = useState<StorageReport | null>(null);
  const [answer, setAnswer] = useState('');

  useEffect(() => {
    let live = true;
    void storageReport()
      .then(reportForOpenJournal)
      .then((next) => live && setReport(next));
    return () => {
      live = false;
    };
  }, []);

  const ask = async () => {
    const granted = await askToKeepStorage();
    setAnswer(granted ? t('storage.granted') : t('storage.notNow'));
    setReport(await reportForOpenJournal(await storageReport()));
  };

  return (
    <section className="storage-settings" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storage.heading')}</h2>
      {report === null ? (
        <p>{t('storage.checking')}</p>
      ) : (
        <>
          <p>{keepingText(report.persisted, t)}</p>
          {report.persisted === false && (
            <button type="button" onClick={() => void ask()}>
              {t('storage.ask')}
            </button>
          )}
          <p role="status">{answer}</p>
          <p>{usageText(report, t, locale)}</p>
          <Suspense fallback={null}>
            <MediaUsageLine />
          </Suspense>
        </>
      )}
      <p className="hint">{t('storage.offline', { version: APP_VERSION })}</p>
    </section>
  );
}
