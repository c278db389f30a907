import { useState } from 'react';
import { useKeel } from '../../state/store';
import { updateSettings } from '../../state/updateSettings';
import { FailedTriesNote } from './FailedTriesNote';
import { PassphraseForm } from './PassphraseForm';
import { PassphraseText } from './PassphraseText';

/**
 * Offers a passphrase to a journal that has none, until the person answers: "Set a
 * passphrase" or "Not now" (kept in the sealed settings, so a reload does not dismiss it).
 * Never forces one. Short, so both buttons are on the first screen of a small phone.
 * After an unlock, the same place says quietly when wrong passphrases were tried.
 */
export function FirstRunOffer() {
  const firstRun = useKeel((s) => s.firstRun);
  const [setting, setSetting] = useState(false);
  if (!firstRun) return <FailedTriesNote />;
  const close = (message?: string) => {
    useKeel.setState({ firstRun: false });
    if (message) useKeel.getState().setStatus(message);
  };
  const notNow = () => {
    close('You can set a passphrase in Settings whenever you like.');
    // Not a preference (edit: false): a merge of an older backup never brings the offer back.
    updateSettings({ passphraseOffer: 'not-now' }, { edit: false }).catch(() => {
      // Not kept: the offer comes back next time Keel opens, which is harmless.
    });
  };
  return (
    <section className="first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">Would you like a passphrase?</h2>
      {setting ? (
        <>
          <PassphraseText />
          <PassphraseForm action="set" onDone={close} onCancel={() => setSetting(false)} />
        </>
      ) : (
        <>
          <p>
            It keeps your journal shut until you type it. If you forget it, no one can get it back.
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => setSetting(true)}>
              Set a passphrase
            </button>
            <button type="button" onClick={notNow}>
              Not now
            </button>
          </div>
          <p className="hint">You can add, change or remove it later in Settings.</p>
        </>
      )}
    </section>
  );
}
