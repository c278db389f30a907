import { useId, useMemo, useState } from 'react';
import { dayNumberToKey, dayTime } from '../../lib/dayKey';
import { type MoodRange, type MoodSeries } from './moodOverTime';
import { type ChartSeries, TimeChart } from './TimeChart';
import { formatDayNumber, formatMood, moodSummary } from './words';

export const RANGE_LABELS: Record<MoodRange, string> = {
  '30d': '30 days',
  '90d': '90 days',
  '1y': 'A year',
  all: 'All time',
};

interface Props {
  series: MoodSeries;
  range: MoodRange;
  onRange(range: MoodRange): void;
}

/** Daily mood with a seven-day average, for a chosen span. */
export function MoodSection({ series, range, onRange }: Props) {
  const name = useId();
  const [showTable, setShowTable] = useState(false);
  const chart = useMemo(() => {
    const x = series.points.map((p) => dayTime(p.day) / 1000);
    const lines: ChartSeries[] = [
      {
        label: 'Mood that day',
        values: series.points.map((p) => p.mood),
        colour: '--mood-2',
        style: 'points',
      },
      {
        label: 'Seven-day average',
        values: series.points.map((p) => p.average),
        colour: '--accent',
        style: 'line',
      },
    ];
    return { x, lines };
  }, [series]);
  const withMood = series.points.filter((p) => p.mood !== null);

  return (
    <section className="pattern-part" aria-labelledby="mood-heading">
      <h2 id="mood-heading" tabIndex={-1}>
        Mood over time
      </h2>
      <fieldset className="segmented" role="radiogroup" aria-label="Time span">
        <legend>Time span</legend>
        {(Object.keys(RANGE_LABELS) as MoodRange[]).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={name}
              checked={range === value}
              onChange={() => onRange(value)}
            />
            <span>{RANGE_LABELS[value]}</span>
          </label>
        ))}
      </fieldset>
      <p data-testid="mood-summary">{moodSummary(series)}</p>
      {series.moodDays > 0 && <TimeChart x={chart.x} series={chart.lines} yRange={[0.5, 5.5]} />}
      {withMood.length > 0 && (
        <details onToggle={(event) => setShowTable(event.currentTarget.open)}>
          <summary>Show the moods as a table</summary>
          {showTable && (
            <table className="pattern-table">
              <caption>Mood by day, with the seven-day average</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Mood</th>
                  <th scope="col">Seven-day average</th>
                </tr>
              </thead>
              <tbody>
                {withMood.map((p) => (
                  <tr key={dayNumberToKey(p.day)}>
                    <th scope="row">{formatDayNumber(p.day)}</th>
                    <td>{formatMood(p.mood as number)}</td>
                    <td>{p.average === null ? '' : formatMood(p.average)}</td>
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
