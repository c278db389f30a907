import { useEffect, useState } from 'react';
import { useKeel } from '../../state/store';
import { updateSettings } from '../../state/updateSettings';
import { saveFailedMessage } from '../../ui/messages';
import { hasPassphrase } from '../../storage/passphrase';
import { type PassphraseAction, PassphraseForm } from './PassphraseForm';
import { PassphraseText } from './PassphraseText';
import { SecondPassphrase, usePassphraseRemovable } from './SecondPassphrase';
import { Problem } from '../../ui/Problem';

const IDLE_CHOICES = [0, 1, 2, 5, 10, 15, 30, 60];

/** Settings: the passphrase, idle lock and lock when hidden. */
export function LockSettings() {
  const settings = useKeel((s) => s.settings);
  const [protectedNow, setProtectedNow] = useState<boolean | null>(null);
  const [action, setAction] = useState<PassphraseAction | null>(null);
  const [problem, setProblem] = useState('');
  const removable = usePassphraseRemovable();

  useEffect(() => {
    let live = true;
    void hasPassphrase().then((yes) => live && setProtectedNow(yes));
    return () => {
      live = false;
    };
  }, []);

  const save = async (patch: Parameters<typeof updateSettings>[0]) => {
    setProblem('');
    try {
      await updateSettings(patch);
      useKeel.getState().setStatus('Saved');
    } catch (error) {
      setProblem(saveFailedMessage(error));
    }
  };

  const done = (message: string) => {
    setAction(null);
    setProtectedNow(action !== 'remove');
    useKeel.getState().setStatus(message);
  };

  return (
    <section className="settings-section" aria-labelledby="lock-settings-heading">
      <h2 id="lock-settings-heading">Lock and passphrase</h2>
      <PassphraseText />
      {protectedNow !== null && (
        <p>
          {protectedNow
            ? 'A passphrase is set. Lock shuts the journal until it is typed again.'
            : 'No passphrase is set. Lock only closes the journal on screen: anyone holding this device can open it again with one press.'}
        </p>
      )}
      {action ? (
        <PassphraseForm action={action} onDone={done} onCancel={() => setAction(null)} />
      ) : protectedNow === null ? null : protectedNow ? (
        <div className="actions">
          <button type="button" onClick={() => setAction('change')}>
            Change passphrase
          </button>
          {removable && (
            <button type="button" onClick={() => setAction('remove')}>
              Remove passphrase
            </button>
          )}
        </div>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setAction('set')}>
            Set a passphrase
          </button>
        </div>
      )}
      {protectedNow && !action && <SecondPassphrase />}

      <label className="field">
        <span>Lock after a quiet time</span>
        <select
          value={settings.idleLockMinutes}
          onChange={(event) => void save({ idleLockMinutes: Number(event.target.value) })}
        >
          {IDLE_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes === 0
                ? 'Never'
                : minutes === 1
                  ? 'After 1 minute'
                  : `After ${minutes} minutes`}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.lockWhenHidden}
          onChange={(event) => void save({ lockWhenHidden: event.target.checked })}
        />
        <span>Lock whenever Keel is out of sight (another tab or app, or the screen goes off)</span>
      </label>
      <Problem>{problem}</Problem>
    </section>
  );
}
