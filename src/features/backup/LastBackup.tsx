import { useKeel } from '../../state/store';
import { formatDate } from '../../lib/i18n/format';
import { useT } from '../../ui/i18n/i18n';

/** A quiet line saying when the last backup was made. Never a reminder, never a count. */
export function LastBackup() {
  const { t, locale } = useT();
  const lastBackupAt = useKeel((s) => s.settings.lastBackupAt);
  return (
    <p className="backup-last">
      {lastBackupAt === null
        ? t('backup.lastNone')
        : t('backup.last', {
            date: formatDate(lastBackupAt, locale, {
              weekday: 'short',
              day: 'numeric',
              month: 'short',
              year: 'numeric',
            }),
          })}
    </p>
  );
}
