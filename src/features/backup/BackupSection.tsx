import { useKeel } from '../../state/store';
import './backup.css';
import { DaylioImport } from './DaylioImport';
import { ExportBackupForm } from './ExportBackupForm';
import { ImportBackupForm } from './ImportBackupForm';
import { LastBackup } from './LastBackup';
import { ReadableExport } from './ReadableExport';
import { useT } from '../../ui/i18n/i18n';

/** The Settings section for backups, exports, the printable report and Daylio import. */
export default function BackupSection() {
  const { t } = useT();
  return (
    <section className="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.heading')}</h2>
      <LastBackup />
      <ExportBackupForm />
      <ImportBackupForm />
      <ReadableExport />
      <div className="backup-part" role="group" aria-labelledby="report-heading">
        <h3 id="report-heading">{t('backup.reportHeading')}</h3>
        <p>{t('backup.reportText')}</p>
        <button type="button" onClick={() => useKeel.getState().go('report')}>
          {t('backup.reportOpen')}
        </button>
      </div>
      <DaylioImport />
    </section>
  );
}
