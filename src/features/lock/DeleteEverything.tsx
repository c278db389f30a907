import { useState } from 'react';
import { useLockActions } from './lockActions';
import { Problem } from '../../ui/Problem';

const WORD = 'DELETE';

/**
 * Remove the whole journal from this device, after typing DELETE: in Settings, and on the
 * lock screen when the passphrase is forgotten (`onLockScreen`).
 */
export function DeleteEverything({ onLockScreen = false }: { onLockScreen?: boolean }) {
  const { deleteEverything } = useLockActions();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const ready = typed.trim() === WORD;

  const run = async () => {
    if (!ready) return;
    setBusy(true);
    try {
      await deleteEverything();
    } catch {
      setProblem(
        'Not everything could be deleted just now. Closing other Keel tabs and trying again may help.',
      );
      setBusy(false);
    }
  };

  return (
    <section className="settings-section" aria-labelledby="delete-everything-heading">
      <h2 id="delete-everything-heading">Delete everything</h2>
      {onLockScreen ? (
        <p>
          This removes the locked journal from this device and lets you start again with an empty
          one. It cannot be undone.
        </p>
      ) : (
        <p>
          This removes every entry, draft, tag and setting, and the passphrase, from this device. It
          cannot be undone. If you want to keep your writing, make a backup first.
        </p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <label className="field">
          <span>Type {WORD} to confirm</span>
          <input
            value={typed}
            autoComplete="off"
            autoCapitalize="characters"
            onChange={(event) => setTyped(event.target.value)}
          />
        </label>
        <div className="actions">
          <button type="submit" disabled={!ready || busy}>
            {busy ? 'Deleting…' : 'Delete everything'}
          </button>
        </div>
      </form>
      <Problem>{problem}</Problem>
    </section>
  );
}
