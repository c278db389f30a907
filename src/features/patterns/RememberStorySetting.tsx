import { useState } from 'react';
import { useKeel } from '../../state/store';
import { setRememberStory } from './settings';
import { Problem } from '../../ui/Problem';

/** Settings: turn "Keep the whole story in view" on or off, whatever was answered before. */
export default function RememberStorySetting() {
  const choice = useKeel((s) => s.settings.rememberStory);
  const [problem, setProblem] = useState('');
  const change = async (on: boolean) => {
    try {
      await setRememberStory(on ? 'on' : 'off');
      setProblem('');
    } catch {
      setProblem('This setting could not be saved just now. Trying again may work.');
    }
  };
  return (
    <section aria-labelledby="story-setting-heading">
      <h2 id="story-setting-heading">The whole story</h2>
      <label className="chip">
        <input
          type="checkbox"
          checked={choice === 'on'}
          onChange={(e) => void change(e.target.checked)}
        />
        <span>Keep the whole story in view</span>
      </label>
      <p className="hint">
        When an entry notes longing, an urge to go back or contact, Keel can show a few things you
        wrote on harder days, with their dates.
        {choice === 'ask' &&
          ' You have not chosen yet, so Keel will ask the first time it applies. Ticking this box is your yes: they will show from then on, without asking.'}
      </p>
      <Problem>{problem}</Problem>
    </section>
  );
}
