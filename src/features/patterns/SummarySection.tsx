import type { ContactInfo } from './noContact';
import type { Cycle } from './cycle';
import type { MoodSeries } from './moodOverTime';
import { jumpToPart } from './jump';
import { contactSentences, cycleSentences, moodSummary } from './words';

/** The parts of the view, in the order they follow the summary. */
export const PARTS: readonly { heading: string; name: string }[] = [
  { heading: 'cycle-heading', name: 'The cycle' },
  { heading: 'mood-heading', name: 'Mood over time' },
  { heading: 'calendar-heading', name: 'Calendar' },
  { heading: 'feelings-heading', name: 'Feelings' },
  { heading: 'follows-heading', name: 'What follows what' },
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
  return (
    <section className="pattern-part pattern-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">In short</h2>
      <div data-testid="patterns-summary">
        <div className="cycle-words" data-testid="cycle-summary">
          {cycleSentences(cycle).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <p>{moodSummary(mood)}</p>
        {contact && (
          <div data-testid="contact-summary">
            {contactSentences(contact).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
      </div>
      <p className="hint">
        Your own notes, counted: information, never a streak or a score. What they mean is yours to
        decide.
      </p>
      <nav aria-label="Parts of Patterns">
        <ul className="part-links">
          {PARTS.map((p) => (
            <li key={p.heading}>
              <button type="button" className="link" onClick={() => jumpToPart(p.heading)}>
                {p.name}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
