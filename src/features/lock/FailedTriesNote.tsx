import { useState } from 'react';
import { useKeel } from '../../state/store';
import { dismissFailedTries, failedTriesLine } from './failedTries';
import { useT } from '../../ui/i18n/i18n';
import { regionalLocale } from '../../lib/i18n/regional';

/** A quiet line after unlocking when wrong passphrases were tried meanwhile; "OK" clears it. */
export function FailedTriesNote() {
  const { t, locale } = useT('first');
  const tries = useKeel((s) => s.settings.failedTries);
  const [hidden, setHidden] = useState(false);
  if (!tries || hidden) return null;
  return (
    <p className="failed-tries">
      {failedTriesLine(tries, t, regionalLocale(locale))}{' '}
      <button
        type="button"
        className="link"
        onClick={() => {
          setHidden(true);
          void dismissFailedTries().catch(() => setHidden(false));
        }}
      >
        {t('failedTries.ok')}
      </button>
    </p>
  );
}
