import { useState } from 'react';
import { useKeel } from '../../state/store';
import { saveFailedMessage } from '../../ui/messages';
import { setReframeChoice } from './actions';
import { Problem } from '../../ui/Problem';

/** The switch for gentle notes after saving an entry (Settings, and Reflect). */
export function ReframeSettings() {
  const choice = useKeel((s) => s.settings.reframes);
  const [problem, setProblem] = useState('');
  return (
    <section className="reframe-settings" aria-labelledby="reframe-settings-heading">
      <h2 id="reframe-settings-heading">Gentle notes</h2>
      <label className="check-row">
        <input
          type="checkbox"
          checked={choice === 'on'}
          onChange={(event) => {
            setProblem('');
            setReframeChoice(event.target.checked ? 'on' : 'off').catch((error: unknown) =>
              setProblem(saveFailedMessage(error)),
            );
          }}
        />
        <span>Offer a gentle note after I save an entry</span>
      </label>
      <p className="hint">
        {choice === 'ask'
          ? 'Keel will ask you the first time it notices a line of self-blame or of excusing harm.'
          : 'When an entry holds a line of self-blame or of excusing harm, a short note can appear beside it with a kinder way to put it. It is worked out on this device only.'}
      </p>
      <Problem>{problem}</Problem>
    </section>
  );
}
