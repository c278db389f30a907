import { useId, useMemo, useState } from 'react';
import { dayNumberToKey, dayTime } from '../../lib/dayKey';
import { type MoodRange, type MoodSeries } from './moodOverTime';
import { type ChartSeries, TimeChart } from './TimeChart';
import type { MessageKey } from '../../ui/i18n/messages/en';
import { useSay } from './useSay';
import { formatDayNumber, formatMood, moodSummary } from './words';

export const RANGE_LABELS: Record<MoodRange, MessageKey> = {
  '30d': 'patterns.mood.range.30d',
  '90d': 'patterns.mood.range.90d',
  '1y': 'patterns.mood.range.1y',
  all: 'patterns.mood.range.all',
};

interface Props {
  series: MoodSeries;
  range: MoodRange;
  onRange(range: MoodRange): void;
}

/** Daily mood with a seven-day average, for a chosen span. */
export function MoodSection({ series, range, onRange }: Props) {
  const say = useSay();
  const { t, locale } = say;
  const name = useId();
  const [showTable, setShowTable] = useState(false);
  const chart = useMemo(() => {
    const x = series.points.map((p) => dayTime(p.day) / 1000);
    const lines: ChartSeries[] = [
      {
        label: t('patterns.mood.thatDay'),
        values: series.points.map((p) => p.mood),
        colour: '--mood-2',
        style: 'points',
      },
      {
        label: t('patterns.mood.average'),
        values: series.points.map((p) => p.average),
        colour: '--accent',
        style: 'line',
      },
    ];
    return { x, lines };
  }, [series, t]);
  const withMood = series.points.filter((p) => p.mood !== null);

  return (
    <section className="pattern-part" aria-labelledby="mood-heading">
      <h2 id="mood-heading" tabIndex={-1}>
        {t('patterns.part.mood')}
      </h2>
      <fieldset className="segmented" role="radiogroup" aria-label={t('patterns.mood.span')}>
        <legend>{t('patterns.mood.span')}</legend>
        {(Object.keys(RANGE_LABELS) as MoodRange[]).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={name}
              checked={range === value}
              onChange={() => onRange(value)}
            />
            <span>{t(RANGE_LABELS[value])}</span>
          </label>
        ))}
      </fieldset>
      <p data-testid="mood-summary">{moodSummary(series, say)}</p>
      {series.moodDays > 0 && <TimeChart x={chart.x} series={chart.lines} yRange={[0.5, 5.5]} />}
      {withMood.length > 0 && (
        <details onToggle={(event) => setShowTable(event.currentTarget.open)}>
          <summary>{t('patterns.mood.showTable')}</summary>
          {showTable && (
            <table className="pattern-table">
              <caption>{t('patterns.mood.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('patterns.mood.day')}</th>
                  <th scope="col">{t('patterns.mood.mood')}</th>
                  <th scope="col">{t('patterns.mood.average')}</th>
                </tr>
              </thead>
              <tbody>
                {withMood.map((p) => (
                  <tr key={dayNumberToKey(p.day)}>
                    <th scope="row">{formatDayNumber(p.day, locale)}</th>
                    <td>{formatMood(p.mood as number, locale)}</td>
                    <td>{p.average === null ? '' : formatMood(p.average, locale)}</td>
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
