import { useMemo, useState } from 'react';
import { useKeel } from '../app/store';
import type { Entry } from '../db/types';
import { formatDay } from '../journal/dates';
import { MOOD_LABELS } from '../journal/moodLabels';
import { storyFor } from './analysis';
import { setRememberStory } from './settings';

const EXCERPT = 280;

function excerpt(text: string): string {
  const clean = text.trim();
  return clean.length <= EXCERPT ? clean : `${clean.slice(0, EXCERPT).trimEnd()}…`;
}

/**
 * "Remember the whole story": beside an entry that notes longing, an urge to go back or
 * contact, a few of the person's own words from harder days. They asked for this in
 * Settings (on by default), can hide it for now, or switch it off right here.
 */
export default function RememberStory({ entry }: { entry: Entry }) {
  const on = useKeel((s) => s.settings.rememberStory);
  const entries = useKeel((s) => s.entries);
  const [hidden, setHidden] = useState(false);
  const [problem, setProblem] = useState('');
  const story = useMemo(() => storyFor(entry, [...entries.values()]), [entry, entries]);
  if (!on || hidden || story.length === 0) return null;

  const turnOff = async () => {
    try {
      await setRememberStory(false);
      useKeel
        .getState()
        .setStatus('The whole story is switched off. You can turn it on in Settings.');
    } catch {
      setProblem('This could not be switched off just now. Trying again may work.');
    }
  };

  return (
    <section className="whole-story" aria-labelledby="whole-story-heading">
      <h2 id="whole-story-heading">The whole story</h2>
      <p>
        You asked Keel to keep the whole story in view. Here is what you wrote on some harder days.
      </p>
      <ul>
        {story.map((e) => (
          <li key={e.id}>
            <p className="entry-when">
              {formatDay(e.happenedAt)}
              {e.mood !== null ? ` · mood ${e.mood} (${MOOD_LABELS[e.mood]})` : ''}
            </p>
            <blockquote className="entry-text">{excerpt(e.text)}</blockquote>
            <button
              type="button"
              className="link"
              onClick={() => useKeel.getState().openEntry(e.id)}
            >
              Read the entry from {formatDay(e.happenedAt)}
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">Whatever you feel today is allowed. These are only your own words.</p>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => setHidden(true)}>
          Hide for now
        </button>
        <button type="button" onClick={() => void turnOff()}>
          Stop showing this
        </button>
      </div>
    </section>
  );
}
