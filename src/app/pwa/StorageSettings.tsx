import { lazy, Suspense, useEffect, useState } from 'react';
import {
  askToKeepStorage,
  formatBytes,
  type StorageReport,
  storageReport,
} from './persistentStorage';
import { APP_VERSION } from '../../lib/version';
import { MAY_BE_CLEARED } from './StorageNote';
import { reportForOpenJournal } from '../../storage/secondStorage';
import './pwa.css';

const MediaUsageLine = lazy(() => import('./MediaUsageLine'));

function keepingText(persisted: boolean | null): string {
  if (persisted === true) {
    return 'This browser has agreed to keep Keel’s storage. It will not clear your journal to make room, even when space runs low.';
  }
  if (persisted === false) return MAY_BE_CLEARED;
  return 'This browser does not say whether it will keep Keel’s storage. A backup kept somewhere safe protects your journal either way.';
}

function usageText(report: StorageReport): string {
  if (report.usage === null) return 'This browser does not say how much space Keel uses.';
  const used = `Keel uses about ${formatBytes(report.usage)} on this device, with the app’s own files.`;
  return report.quota
    ? `${used} The browser allows up to about ${formatBytes(report.quota)}.`
    : used;
}

/** Settings: whether the browser will keep Keel's storage, and how much space it takes. */
export function StorageSettings() {
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
    setAnswer(
      granted
        ? 'The browser will keep Keel’s storage.'
        : 'The browser said not now. Browsers decide this themselves, often by how much a site is used; adding Keel to the home screen can help.',
    );
    setReport(await reportForOpenJournal(await storageReport()));
  };

  return (
    <section className="storage-settings" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      {report === null ? (
        <p>Checking…</p>
      ) : (
        <>
          <p>{keepingText(report.persisted)}</p>
          {report.persisted === false && (
            <button type="button" onClick={() => void ask()}>
              Ask the browser to keep it
            </button>
          )}
          <p role="status">{answer}</p>
          <p>{usageText(report)}</p>
          <Suspense fallback={null}>
            <MediaUsageLine />
          </Suspense>
        </>
      )}
      <p className="hint">
        Keel works without a network, and nothing you write leaves this device. Version{' '}
        {APP_VERSION}.
      </p>
    </section>
  );
}
