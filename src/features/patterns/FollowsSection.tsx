import { useId, useState } from 'react';
import type { Tag } from '../../storage/types';
import { BUILTIN_TAG_IDS } from '../../storage/defaultTags';
import type { WhatFollows } from './follows';
import { jumpToPart } from './jump';
import type { Translate } from '../../ui/i18n/i18n';
import { useSay } from './useSay';
import { followsSentences, liftAfterHarm } from './words';

export const FOLLOW_DAYS = [1, 2, 3, 7] as const;

interface Props {
  result: WhatFollows;
  events: readonly Tag[];
  name(id: string): string;
  onEvent(id: string): void;
  onDays(days: number): void;
}

function share(count: number, total: number, t: Translate): string {
  return total === 0 ? '–' : t('patterns.follows.share', { count, total });
}

/** For a chosen event: mood and feelings on the days after, against other days. */
export function FollowsSection({ result, events, name, onEvent, onDays }: Props) {
  const say = useSay();
  const { t } = say;
  const eventId = useId();
  const daysId = useId();
  const eventName = name(result.eventId);
  const [showTable, setShowTable] = useState(false);
  return (
    <section className="pattern-part" aria-labelledby="follows-heading">
      <h2 id="follows-heading" tabIndex={-1}>
        {t('patterns.part.follows')}
      </h2>
      <div className="inline-form">
        <label className="field" htmlFor={eventId}>
          <span>{t('patterns.follows.event')}</span>
          <select id={eventId} value={result.eventId} onChange={(e) => onEvent(e.target.value)}>
            {events.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={daysId}>
          <span>{t('patterns.follows.daysAfter')}</span>
          <select
            id={daysId}
            value={result.withinDays}
            onChange={(e) => onDays(Number(e.target.value))}
          >
            {FOLLOW_DAYS.map((d) => (
              <option key={d} value={d}>
                {d === 1 ? t('patterns.follows.nextDay') : t('patterns.dayCount', { count: d })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div data-testid="follows-summary">
        {followsSentences(result, eventName, say).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {liftAfterHarm(result, BUILTIN_TAG_IDS.harm) && (
        <p className="note" data-testid="lift-after-harm">
          {t('patterns.follows.liftAfterHarm')}{' '}
          <button type="button" className="link" onClick={() => jumpToPart('cycle-heading')}>
            {t('patterns.follows.seeCycle')}
          </button>
        </p>
      )}
      {result.eventDays > 0 && result.feelings.length > 0 && (
        <details onToggle={(event) => setShowTable(event.currentTarget.open)}>
          <summary>{t('patterns.follows.showTable')}</summary>
          {showTable && (
            <table className="pattern-table">
              <caption>{t('patterns.follows.caption', { event: eventName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('patterns.feelings.feeling')}</th>
                  <th scope="col">{t('patterns.follows.daysAfter')}</th>
                  <th scope="col">{t('patterns.follows.otherDays')}</th>
                </tr>
              </thead>
              <tbody>
                {result.feelings.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">{name(f.id)}</th>
                    <td>{share(f.after, result.after.entries, t)}</td>
                    <td>{share(f.other, result.other.entries, t)}</td>
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
