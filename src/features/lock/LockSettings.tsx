import { useEffect, useState } from 'react';
import { useKeel } from '../../state/store';
import { updateSettings } from '../../state/updateSettings';
import { saveFailedMessage } from '../../ui/messages';
import { hasPassphrase } from '../../storage/passphrase';
import { type PassphraseAction, PassphraseForm } from './PassphraseForm';
import { PassphraseText } from './PassphraseText';
import { SecondPassphrase, usePassphraseRemovable } from './SecondPassphrase';
import { Problem } from '../../ui/Problem';
import { useT } from '../../ui/i18n/i18n';

const IDLE_CHOICES = [0, 1, 2, 5, 10, 15, 30, 60];

/** Settings: the passphrase, idle lock and lock when hidden. */
export function LockSettings() {
  const { t } = useT();
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
      useKeel.getState().setStatus(t('lockSettings.saved'));
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
      <h2 id="lock-settings-heading">{t('lockSettings.heading')}</h2>
      <PassphraseText />
      {protectedNow !== null && (
        <p>{t(protectedNow ? 'lockSettings.isSet' : 'lockSettings.notSet')}</p>
      )}
      {action ? (
        <PassphraseForm action={action} onDone={done} onCancel={() => setAction(null)} />
      ) : protectedNow === null ? null : protectedNow ? (
        <div className="actions">
          <button type="button" onClick={() => setAction('change')}>
            {t('lockSettings.change')}
          </button>
          {removable && (
            <button type="button" onClick={() => setAction('remove')}>
              {t('lockSettings.remove')}
            </button>
          )}
        </div>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setAction('set')}>
            {t('lockSettings.set')}
          </button>
        </div>
      )}
      {protectedNow && !action && <SecondPassphrase />}

      <label className="field">
        <span>{t('lockSettings.idle')}</span>
        <select
          value={settings.idleLockMinutes}
          onChange={(event) => void save({ idleLockMinutes: Number(event.target.value) })}
        >
          {IDLE_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes === 0
                ? t('lockSettings.never')
                : t('lockSettings.after', { count: minutes })}
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
        <span>{t('lockSettings.hidden')}</span>
      </label>
      <Problem>{problem}</Problem>
    </section>
  );
}
