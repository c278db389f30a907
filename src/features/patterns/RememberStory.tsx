import { useEffect, useMemo, useRef, useState } from 'react';
import { useKeel } from '../../state/store';
import type { Entry, StoryChoice } from '../../storage/types';
import { formatDay } from '../../lib/dates';
import { useT } from '../../ui/i18n/i18n';
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
  const { t, locale } = useT();
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
        useKeel.getState().setStatus(asked ? t('patterns.story.offNew') : t('patterns.story.off'));
      }
    } catch {
      focusStory.current = false;
      setProblem(t('patterns.story.notSaved'));
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
        <h2 id="whole-story-ask-heading">{t('patterns.story.askHeading')}</h2>
        <p>{t('patterns.story.ask')}</p>
        <p className="hint">{t('patterns.story.askHint')}</p>
        {problemNote}
        <div className="actions">
          <button type="button" className="primary" onClick={() => void choose('on')}>
            {t('patterns.story.yes')}
          </button>
          <button type="button" onClick={() => void choose('off')}>
            {t('patterns.story.no')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="whole-story" aria-labelledby="whole-story-heading">
      <h2 id="whole-story-heading" ref={heading} tabIndex={-1}>
        {t('patterns.story.heading')}
      </h2>
      <p>{t('patterns.story.intro')}</p>
      <ul>
        {story.map(({ entry: e, quote }) => (
          <li key={e.id}>
            <p className="entry-when">
              {formatDay(e.happenedAt, locale)}
              {e.mood !== null
                ? t('patterns.story.mood', { mood: String(e.mood), label: t(`mood.${e.mood}`) })
                : ''}
            </p>
            <blockquote className="entry-text">{quote}</blockquote>
            <button
              type="button"
              className="link"
              onClick={() => useKeel.getState().openEntry(e.id)}
            >
              {t('patterns.story.read', { date: formatDay(e.happenedAt, locale) })}
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">{t('patterns.story.allowed')}</p>
      {problemNote}
      <div className="actions">
        <button type="button" onClick={() => setHidden(true)}>
          {t('patterns.story.hide')}
        </button>
        <button type="button" onClick={() => void choose('off')}>
          {t('patterns.story.stop')}
        </button>
      </div>
    </section>
  );
}
