import { useKeel } from '../../state/store';
import { journalKind } from '../../storage/secondJournal';
import { useT } from '../../ui/i18n/i18n';

/**
 * "Staying safe on this device", in the real journal only: what a second passphrase does,
 * and what someone with developer tools could still see (docs/decisions/0022).
 */
export function SecondJournalFacts() {
  const { t } = useT();
  const open = useKeel((s) => s.phase === 'open');
  if (!open || journalKind() !== 'real') return null;
  return (
    <details>
      <summary>
        <h2>{t('stayingSafe.secondHeading')}</h2>
      </summary>
      <p>{t('stayingSafe.secondWhat')}</p>
      <p>{t('stayingSafe.secondLimits')}</p>
      <p>{t('stayingSafe.secondBoth')}</p>
    </details>
  );
}
