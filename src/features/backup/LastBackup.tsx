import { useKeel } from '../../state/store';
import { formatDay } from '../../lib/dates';

/** A quiet line saying when the last backup was made. Never a reminder, never a count. */
export function LastBackup() {
  const lastBackupAt = useKeel((s) => s.settings.lastBackupAt);
  return (
    <p className="backup-last">
      {lastBackupAt === null
        ? 'No backup has been made from this device yet.'
        : `Last backup made on ${formatDay(lastBackupAt)}.`}
    </p>
  );
}
