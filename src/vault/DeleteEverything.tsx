import { useState } from 'react';
import { deleteEverything } from '../app/deleteEverything';

const WORD = 'DELETE';

/** Settings: remove the whole journal from this device, after typing DELETE. */
export function DeleteEverything() {
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
      <p>
        This removes every entry, draft, tag and setting, and the passphrase, from this device. It
        cannot be undone. If you want to keep your writing, make a backup first.
      </p>
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
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
    </section>
  );
}
