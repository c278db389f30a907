import { useMemo, useState } from 'react';
import { NO_FILTERS, useKeel } from '../../state/store';
import type { Entry } from '../../storage/types';
import { BUILTIN_TAG_IDS } from '../../storage/defaultTags';
import { saveFailedMessage } from '../../ui/messages';
import { setReframeChoice } from './actions';
import { findReframes } from '../../lib/reframes';
import './reflect.css';
import { Problem } from '../../ui/Problem';
import { useT } from '../../ui/i18n/i18n';
import { PART, withPart } from '../../ui/withPart';

/**
 * A quiet note beside a saved entry when it holds a line of self-blame or of excusing
 * harm. Shown only on an entry being read (never while typing, never when locked), and
 * only if the person said yes; the first time, it asks.
 */
export default function ReframeNote({ entry }: { entry: Entry }) {
  const { t } = useT();
  const choice = useKeel((s) => s.settings.reframes);
  // The tag's name as the person sees it (they may have renamed it).
  const harmTag = useKeel(
    (s) => s.tags.find((tag) => tag.id === BUILTIN_TAG_IDS.harm)?.name ?? 'Harm or incident',
  );
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
      setProblem(saveFailedMessage(error, t));
    }
  };

  if (choice === 'ask') {
    return (
      <aside className="reframe-note" aria-labelledby="reframe-ask-heading">
        <h2 id="reframe-ask-heading">{t('reframe.askHeading')}</h2>
        <p>{t('reframe.askText')}</p>
        <Problem>{problem}</Problem>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void choose('on')}>
            {t('reframe.yes')}
          </button>
          <button type="button" onClick={() => void choose('off')}>
            {t('reframe.no')}
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
      <h2 id="reframe-heading">{t('reframe.heading')}</h2>
      {matches.map(({ pattern, quote }) => (
        <div key={pattern.id} className="reframe">
          <p>{withPart(t('reframe.youWrote', { quote: PART }), <q>{quote}</q>)}</p>
          <p>
            {withPart(t('reframe.mightBe', { phrase: PART }), <strong>{pattern.phrase}</strong>)}{' '}
            {pattern.about}
          </p>
          <p>{withPart(t('reframe.kinder', { kinder: PART }), <em>{pattern.kinder}</em>)}</p>
        </div>
      ))}
      {harmCount > 0 ? (
        <p>
          {t('reframe.harmDays')}{' '}
          <button type="button" className="link" onClick={seeHarm}>
            {t('reframe.readHarm', { count: harmCount })}
          </button>
        </p>
      ) : (
        <p className="hint">{t('reframe.harmHint', { tag: harmTag })}</p>
      )}
      <div className="actions">
        <button type="button" onClick={() => setHidden(true)}>
          {t('reframe.hide')}
        </button>
        <button type="button" onClick={() => void choose('off')}>
          {t('reframe.stop')}
        </button>
      </div>
    </aside>
  );
}
