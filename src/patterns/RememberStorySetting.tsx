import { useState } from 'react';
import { useKeel } from '../app/store';
import { setRememberStory } from './settings';

/** Settings: turn "Keep the whole story in view" on or off. */
export default function RememberStorySetting() {
  const on = useKeel((s) => s.settings.rememberStory);
  const [problem, setProblem] = useState('');
  const change = async (value: boolean) => {
    try {
      await setRememberStory(value);
      setProblem('');
    } catch {
      setProblem('This setting could not be saved just now. Trying again may work.');
    }
  };
  return (
    <section aria-labelledby="story-setting-heading">
      <h2 id="story-setting-heading">The whole story</h2>
      <label className="chip">
        <input type="checkbox" checked={on} onChange={(e) => void change(e.target.checked)} />
        <span>Keep the whole story in view</span>
      </label>
      <p className="hint">
        When an entry notes longing, an urge to go back or contact, Keel shows a few things you
        wrote on harder days, with their dates.
      </p>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
    </section>
  );
}
