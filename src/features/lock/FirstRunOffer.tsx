import { useState } from 'react';
import { useKeel } from '../../state/store';
import { updateSettings } from '../../state/updateSettings';
import { FailedTriesNote } from './FailedTriesNote';
import { PassphraseForm } from './PassphraseForm';
import { PassphraseText } from './PassphraseText';
import { useT } from '../../ui/i18n/i18n';

/**
 * Offers a passphrase to a journal that has none, until the person answers: "Set a
 * passphrase" or "Not now" (kept in the sealed settings, so a reload does not dismiss it).
 * Never forces one. Short, so both buttons are on the first screen of a small phone.
 * After an unlock, the same place says quietly when wrong passphrases were tried.
 */
export function FirstRunOffer() {
  const { t } = useT('first');
  const firstRun = useKeel((s) => s.firstRun);
  const [setting, setSetting] = useState(false);
  if (!firstRun) return <FailedTriesNote />;
  const close = (message?: string) => {
    useKeel.setState({ firstRun: false });
    if (message) useKeel.getState().setStatus(message);
  };
  const notNow = () => {
    close(t('firstRun.whenever'));
    // Not a preference (edit: false): a merge of an older backup never brings the offer back.
    updateSettings({ passphraseOffer: 'not-now' }, { edit: false }).catch(() => {
      // Not kept: the offer comes back next time Keel opens, which is harmless.
    });
  };
  return (
    <section className="first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">{t('firstRun.heading')}</h2>
      {setting ? (
        <>
          <PassphraseText />
          <PassphraseForm action="set" onDone={close} onCancel={() => setSetting(false)} />
        </>
      ) : (
        <>
          <p>{t('firstRun.what')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => setSetting(true)}>
              {t('firstRun.set')}
            </button>
            <button type="button" onClick={notNow}>
              {t('firstRun.notNow')}
            </button>
          </div>
          <p className="hint">{t('firstRun.later')}</p>
        </>
      )}
    </section>
  );
}
