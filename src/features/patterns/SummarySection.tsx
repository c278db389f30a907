import type { ContactInfo } from './noContact';
import type { Cycle } from './cycle';
import type { MoodSeries } from './moodOverTime';
import { jumpToPart } from './jump';
import type { MessageKey } from '../../ui/i18n/messages/en';
import { useSay } from './useSay';
import { contactSentences, cycleSentences, moodSummary } from './words';

/** The parts of the view, in the order they follow the summary. */
export const PARTS: readonly { heading: string; name: MessageKey }[] = [
  { heading: 'cycle-heading', name: 'patterns.part.cycle' },
  { heading: 'mood-heading', name: 'patterns.part.mood' },
  { heading: 'calendar-heading', name: 'patterns.part.calendar' },
  { heading: 'feelings-heading', name: 'patterns.part.feelings' },
  { heading: 'follows-heading', name: 'patterns.part.follows' },
];

interface Props {
  cycle: Cycle;
  mood: MoodSeries;
  contact: ContactInfo | null;
}

/**
 * The top of Patterns: the cycle's sentences first (the cycle part below draws them),
 * then mood, then contact (days since the last noted contact: information, never a streak),
 * and a way to each part below. The links move the focus within the view: no #hash, no history entry.
 */
export function SummarySection({ cycle, mood, contact }: Props) {
  const say = useSay();
  const { t } = say;
  return (
    <section className="pattern-part pattern-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('patterns.summary.heading')}</h2>
      <div data-testid="patterns-summary">
        <div className="cycle-words" data-testid="cycle-summary">
          {cycleSentences(cycle, say).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <p>{moodSummary(mood, say)}</p>
        {contact && (
          <div data-testid="contact-summary">
            {contactSentences(contact, say).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
      </div>
      <p className="hint">{t('patterns.summary.hint')}</p>
      <nav aria-label={t('patterns.summary.parts')}>
        <ul className="part-links">
          {PARTS.map((p) => (
            <li key={p.heading}>
              <button type="button" className="link" onClick={() => jumpToPart(p.heading)}>
                {t(p.name)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
