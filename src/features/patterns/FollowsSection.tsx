import { useId, useState } from 'react';
import type { Tag } from '../../storage/types';
import { BUILTIN_TAG_IDS } from '../../storage/defaultTags';
import type { WhatFollows } from './follows';
import { jumpToPart } from './jump';
import { followsSentences, LIFT_AFTER_HARM, liftAfterHarm } from './words';

export const FOLLOW_DAYS = [1, 2, 3, 7] as const;

interface Props {
  result: WhatFollows;
  events: readonly Tag[];
  name(id: string): string;
  onEvent(id: string): void;
  onDays(days: number): void;
}

function share(count: number, total: number): string {
  return total === 0 ? '–' : `${count} of ${total}`;
}

/** For a chosen event: mood and feelings on the days after, against other days. */
export function FollowsSection({ result, events, name, onEvent, onDays }: Props) {
  const eventId = useId();
  const daysId = useId();
  const eventName = name(result.eventId);
  const [showTable, setShowTable] = useState(false);
  return (
    <section className="pattern-part" aria-labelledby="follows-heading">
      <h2 id="follows-heading" tabIndex={-1}>
        What follows what
      </h2>
      <div className="inline-form">
        <label className="field" htmlFor={eventId}>
          <span>Event</span>
          <select id={eventId} value={result.eventId} onChange={(e) => onEvent(e.target.value)}>
            {events.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={daysId}>
          <span>Days after</span>
          <select
            id={daysId}
            value={result.withinDays}
            onChange={(e) => onDays(Number(e.target.value))}
          >
            {FOLLOW_DAYS.map((d) => (
              <option key={d} value={d}>
                {d === 1 ? 'The next day' : `${d} days`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div data-testid="follows-summary">
        {followsSentences(result, eventName).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {liftAfterHarm(result, BUILTIN_TAG_IDS.harm) && (
        <p className="note" data-testid="lift-after-harm">
          {LIFT_AFTER_HARM}{' '}
          <button type="button" className="link" onClick={() => jumpToPart('cycle-heading')}>
            See The cycle
          </button>
        </p>
      )}
      {result.eventDays > 0 && result.feelings.length > 0 && (
        <details onToggle={(event) => setShowTable(event.currentTarget.open)}>
          <summary>Show the feelings after it as a table</summary>
          {showTable && (
            <table className="pattern-table">
              <caption>Entries noting each feeling, after “{eventName}” and on other days</caption>
              <thead>
                <tr>
                  <th scope="col">Feeling</th>
                  <th scope="col">Days after</th>
                  <th scope="col">Other days</th>
                </tr>
              </thead>
              <tbody>
                {result.feelings.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">{name(f.id)}</th>
                    <td>{share(f.after, result.after.entries)}</td>
                    <td>{share(f.other, result.other.entries)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      )}
    </section>
  );
}
