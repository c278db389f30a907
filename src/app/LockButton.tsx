import { lockEveryTab } from './lock';
import { useKeel } from '../state/store';
import { useT } from '../ui/i18n/i18n';

/** Lock now. Shown while the journal is open, with or without a passphrase. */
export function LockButton() {
  const { t } = useT('first');
  const open = useKeel((s) => s.phase === 'open');
  if (!open) return null;
  return (
    <button type="button" className="lock-now" onClick={() => void lockEveryTab()}>
      {t('shell.lock')}
    </button>
  );
}
