import { useState } from 'react';
import { useKeel } from '../app/store';
import { FailedTriesNote } from './FailedTriesNote';
import { PassphraseForm } from './PassphraseForm';
import { PassphraseText } from './PassphraseText';

/**
 * On first run, offers a passphrase. Never forces one: "Not now" is always there.
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
  return (
    <section className="first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">Would you like a passphrase?</h2>
      <PassphraseText />
      <p>You can add, change or remove it later in Settings.</p>
      {setting ? (
        <PassphraseForm action="set" onDone={close} onCancel={() => setSetting(false)} />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setSetting(true)}>
            Set a passphrase
          </button>
          <button type="button" onClick={() => close()}>
            Not now
          </button>
        </div>
      )}
    </section>
  );
}
