import { useKeel } from '../state/store';
import { useT } from '../ui/i18n/i18n';

/** Says, on views built from every entry, that older entries are still opening. */
export function OpeningNote() {
  const { t } = useT('first');
  const loading = useKeel((s) => s.loading);
  const count = useKeel((s) => s.entries.size);
  if (!loading) return null;
  return (
    <p className="hint" role="note">
      {t('shell.openingEntries', { count })}
    </p>
  );
}
