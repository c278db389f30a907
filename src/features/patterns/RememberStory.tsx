import { useEffect, useMemo, useRef, useState } from 'react';
import { useKeel } from '../../state/store';
import type { Entry, StoryChoice } from '../../storage/types';
import { formatDay } from '../../lib/dates';
import { MOOD_LABELS } from '../../ui/moodLabels';
import { setRememberStory } from './settings';
import { storyFor } from './story';

/**
 * "Remember the whole story": beside an entry that notes longing, an urge to go back or
 * contact, a few of the person's own words from harder days (chosen in story.ts: harm
 * first, quoted from what happened, never a line of self-blame). Nothing of those entries is
 * shown until they say yes: the first time it applies, Keel asks once (Settings can change
 * the answer). Once on, it can be hidden for now or switched off right here.
 */
export default function RememberStory({ entry }: { entry: Entry }) {
  const choice = useKeel((s) => s.settings.rememberStory);
  const entries = useKeel((s) => s.entries);
  const [hidden, setHidden] = useState(false);
  const [problem, setProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // Set on "Yes, show them": the question goes away, so focus moves to what replaced it.
  const focusStory = useRef(false);
  // Worked out only to know whether there is anything to offer; with 'ask' none of it is shown.
  const story = useMemo(
    () => (choice === 'off' ? [] : storyFor(entry, [...entries.values()])),
    [choice, entry, entries],
  );
  const showing = choice === 'on' && !hidden && story.length > 0;

  useEffect(() => {
    if (showing && focusStory.current) {
      focusStory.current = false;
      heading.current?.focus();
    }
  }, [showing]);

  if (choice === 'off' || hidden || story.length === 0) return null;

  const choose = async (next: StoryChoice) => {
    const asked = choice === 'ask';
    focusStory.current = next === 'on';
    try {
      await setRememberStory(next);
      setProblem('');
      if (next === 'off') {
        useKeel
          .getState()
          .setStatus(
            asked
              ? 'Keel will not show earlier entries. You can change this in Settings.'
              : 'The whole story is switched off. You can turn it on in Settings.',
          );
      }
    } catch {
      focusStory.current = false;
      setProblem('Your answer could not be saved just now. Trying again may work.');
    }
  };

  const problemNote = problem && (
    <p role="alert" className="problem">
      {problem}
    </p>
  );

  if (choice === 'ask') {
    return (
      <section className="whole-story" aria-labelledby="whole-story-ask-heading">
        <h2 id="whole-story-ask-heading">Your earlier entries, if you would like them</h2>
        <p>
          When an entry notes longing, an urge to go back or contact, Keel can show a few of your
          own earlier entries from harder days beside it. Would you like to see them?
        </p>
        <p className="hint">
          They stay on this device. Whatever you choose, Keel will not ask again, and you can change
          it at any time in Settings.
        </p>
        {problemNote}
        <div className="actions">
          <button type="button" className="primary" onClick={() => void choose('on')}>
            Yes, show them
          </button>
          <button type="button" onClick={() => void choose('off')}>
            No, thank you
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="whole-story" aria-labelledby="whole-story-heading">
      <h2 id="whole-story-heading" ref={heading} tabIndex={-1}>
        The whole story
      </h2>
      <p>
        You chose to see these beside entries like this one. Here is what you wrote on some harder
        days.
      </p>
      <ul>
        {story.map(({ entry: e, quote }) => (
          <li key={e.id}>
            <p className="entry-when">
              {formatDay(e.happenedAt)}
              {e.mood !== null ? ` · mood ${e.mood} (${MOOD_LABELS[e.mood]})` : ''}
            </p>
            <blockquote className="entry-text">{quote}</blockquote>
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
      {problemNote}
      <div className="actions">
        <button type="button" onClick={() => setHidden(true)}>
          Hide for now
        </button>
        <button type="button" onClick={() => void choose('off')}>
          Stop showing this
        </button>
      </div>
    </section>
  );
}
