import { useKeel } from '../../state/store';
import './backup.css';
import { DaylioImport } from './DaylioImport';
import { ExportBackupForm } from './ExportBackupForm';
import { ImportBackupForm } from './ImportBackupForm';
import { LastBackup } from './LastBackup';
import { ReadableExport } from './ReadableExport';

/** The Settings section for backups, exports, the printable report and Daylio import. */
export default function BackupSection() {
  return (
    <section className="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backups and exports</h2>
      <LastBackup />
      <ExportBackupForm />
      <ImportBackupForm />
      <ReadableExport />
      <div className="backup-part" role="group" aria-labelledby="report-heading">
        <h3 id="report-heading">Report for someone helping you</h3>
        <p>
          A page to print or save as PDF for a therapist or advocate: the dates you choose, with
          your entries, a log of incidents, and a short summary.
        </p>
        <button type="button" onClick={() => useKeel.getState().go('report')}>
          Printable report
        </button>
      </div>
      <DaylioImport />
    </section>
  );
}
