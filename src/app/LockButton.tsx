import { lockEveryTab } from './lock';
import { useKeel } from '../state/store';

/** Lock now. Shown while the journal is open, with or without a passphrase. */
export function LockButton() {
  const open = useKeel((s) => s.phase === 'open');
  if (!open) return null;
  return (
    <button type="button" className="lock-now" onClick={() => void lockEveryTab()}>
      Lock
    </button>
  );
}
