import { useMemo, useState } from 'react';
import { NO_FILTERS, useKeel } from '../../state/store';
import type { Entry } from '../../storage/types';
import { BUILTIN_TAG_IDS } from '../../storage/defaultTags';
import { saveFailedMessage } from '../../ui/messages';
import { setReframeChoice } from './actions';
import { findReframes } from '../../lib/reframes';
import './reflect.css';
import { Problem } from '../../ui/Problem';

/**
 * A quiet note beside a saved entry when it holds a line of self-blame or of excusing
 * harm. Shown only on an entry being read (never while typing, never when locked), and
 * only if the person said yes; the first time, it asks.
 */
export default function ReframeNote({ entry }: { entry: Entry }) {
  const choice = useKeel((s) => s.settings.reframes);
  const harmCount = useKeel((s) => {
    let count = 0;
    for (const other of s.entries.values()) {
      if (other.id !== entry.id && other.events.includes(BUILTIN_TAG_IDS.harm)) count += 1;
    }
    return count;
  });
  const [hidden, setHidden] = useState(false);
  const [problem, setProblem] = useState('');
  const matches = useMemo(
    () => (choice === 'off' ? [] : findReframes(entry.text)),
    [choice, entry.text],
  );
  if (hidden || matches.length === 0) return null;

  const choose = async (next: 'on' | 'off') => {
    try {
      await setReframeChoice(next);
    } catch (error) {
      setProblem(saveFailedMessage(error));
    }
  };

  if (choice === 'ask') {
    return (
      <aside className="reframe-note" aria-labelledby="reframe-ask-heading">
        <h2 id="reframe-ask-heading">A gentle note, if you would like one</h2>
        <p>
          Sometimes Keel can notice a line where you might be taking the blame for what someone else
          did, or explaining their harm away. It can offer a kinder way to put it. This stays on
          this device, and you can switch it off at any time in Reflect or in Settings.
        </p>
        <Problem>{problem}</Problem>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void choose('on')}>
            Yes, show gentle notes
          </button>
          <button type="button" onClick={() => void choose('off')}>
            No, thank you
          </button>
        </div>
      </aside>
    );
  }

  const seeHarm = () => {
    const state = useKeel.getState();
    state.setQuery('');
    state.setFilters({ ...NO_FILTERS, events: [BUILTIN_TAG_IDS.harm] });
    state.go('journal');
  };

  return (
    <aside className="reframe-note" aria-labelledby="reframe-heading">
      <h2 id="reframe-heading">A gentle note</h2>
      {matches.map(({ pattern, quote }) => (
        <div key={pattern.id} className="reframe">
          <p>
            You wrote: <q>{quote}</q>
          </p>
          <p>
            This might be <strong>{pattern.phrase}</strong>. {pattern.about}
          </p>
          <p>
            A kinder sentence to try: <em>{pattern.kinder}</em>
          </p>
        </div>
      ))}
      {harmCount > 0 ? (
        <p>
          Your own words from harder days are here too.{' '}
          <button type="button" className="link" onClick={seeHarm}>
            Read my entries about harm ({harmCount})
          </button>
        </p>
      ) : (
        <p className="hint">
          When you mark an entry with “Harm or incident”, you can find those days again from here.
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => setHidden(true)}>
          Hide this note
        </button>
        <button type="button" onClick={() => void choose('off')}>
          Stop showing these notes
        </button>
      </div>
    </aside>
  );
}
