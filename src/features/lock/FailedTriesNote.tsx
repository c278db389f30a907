import { useState } from 'react';
import { useKeel } from '../../state/store';
import { dismissFailedTries, failedTriesLine } from './failedTries';

/** A quiet line after unlocking when wrong passphrases were tried meanwhile; "OK" clears it. */
export function FailedTriesNote() {
  const tries = useKeel((s) => s.settings.failedTries);
  const [hidden, setHidden] = useState(false);
  if (!tries || hidden) return null;
  return (
    <p className="failed-tries">
      {failedTriesLine(tries)}{' '}
      <button
        type="button"
        className="link"
        onClick={() => {
          setHidden(true);
          void dismissFailedTries().catch(() => setHidden(false));
        }}
      >
        OK
      </button>
    </p>
  );
}
