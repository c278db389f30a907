import { useId, useState } from 'react';
import type { FeelingFrequencies, FeelingPair } from './feelings';
import { useSay } from './useSay';
import { pairSentence } from './words';

export const FEELING_PERIODS = [30, 90] as const;

interface Props {
  frequencies: FeelingFrequencies;
  pairs: FeelingPair[];
  name(id: string): string;
  onPeriod(days: number): void;
}

function Bar({ value, max, kind }: { value: number; max: number; kind: 'now' | 'before' }) {
  const width = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <span className="bar-cell">
      <span className="bar-track" aria-hidden="true">
        {value > 0 && <span className={`bar ${kind}`} style={{ width: `${width}%` }} />}
      </span>
      <span className="bar-value">{value}</span>
    </span>
  );
}

/** How often each feeling came up, against the period before; and which come together. */
export function FeelingsSection({ frequencies, pairs, name, onPeriod }: Props) {
  const say = useSay();
  const { t } = say;
  const radio = useId();
  const days = frequencies.periodDays;
  const max = Math.max(1, ...frequencies.feelings.map((f) => Math.max(f.current, f.previous)));
  const top = frequencies.feelings[0];
  const [showTable, setShowTable] = useState(false);

  return (
    <section className="pattern-part" aria-labelledby="feelings-heading">
      <h2 id="feelings-heading" tabIndex={-1}>
        {t('patterns.part.feelings')}
      </h2>
      <fieldset className="segmented" role="radiogroup" aria-label={t('patterns.feelings.period')}>
        <legend>{t('patterns.feelings.period')}</legend>
        {FEELING_PERIODS.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={radio}
              checked={days === value}
              onChange={() => onPeriod(value)}
            />
            <span>{t('patterns.feelings.last', { count: value })}</span>
          </label>
        ))}
      </fieldset>
      <p data-testid="feelings-summary">
        {frequencies.feelings.length === 0
          ? t('patterns.feelings.none', { count: days })
          : t('patterns.feelings.wrote', {
              days,
              count: frequencies.currentEntries,
              previous: frequencies.previousEntries,
            }) +
            (top && top.current > 0
              ? ` ${t('patterns.feelings.top', { name: name(top.id), count: top.current })}`
              : '')}
      </p>
      {frequencies.feelings.length > 0 && (
        <details onToggle={(event) => setShowTable(event.currentTarget.open)}>
          <summary>{t('patterns.feelings.showTable')}</summary>
          {showTable && (
            <table className="pattern-table feelings-table">
              <caption>{t('patterns.feelings.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('patterns.feelings.feeling')}</th>
                  <th scope="col">{t('patterns.feelings.last', { count: days })}</th>
                  <th scope="col">{t('patterns.feelings.before', { count: days })}</th>
                </tr>
              </thead>
              <tbody>
                {frequencies.feelings.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">{name(f.id)}</th>
                    <td>
                      <Bar value={f.current} max={max} kind="now" />
                    </td>
                    <td>
                      <Bar value={f.previous} max={max} kind="before" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      )}
      <h3>{t('patterns.feelings.together')}</h3>
      {pairs.length === 0 ? (
        <p>{t('patterns.feelings.noPairs', { count: days })}</p>
      ) : (
        <ul className="pairs" data-testid="feeling-pairs">
          {pairs.map((p) => (
            <li key={`${p.a}-${p.b}`}>{pairSentence(p, name, say)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
