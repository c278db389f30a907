import { useId, useMemo, useState } from 'react';
import { type Cycle } from './cycle';
import { dayTime } from '../../lib/dayKey';
import { type ChartSeries, TimeChart } from './TimeChart';
import { useSay } from './useSay';
import { formatDayNumber } from './words';

export const APOLOGY_WINDOWS = [1, 2, 3, 5, 7] as const;

interface Props {
  cycle: Cycle;
  onWindow(days: number): void;
}

/** Harm, then apology, gift or promise, then calm, then harm again: in their own record. */
export function CycleSection({ cycle, onWindow }: Props) {
  const { t, locale } = useSay();
  // The chart's lane names (a new object would draw the chart again).
  const lanes = useMemo<Record<number, string>>(
    () => ({ 1: t('patterns.cycle.laneHarm'), 2: t('patterns.cycle.laneApology') }),
    [t],
  );
  const windowId = useId();
  const [showTable, setShowTable] = useState(false);
  const chart = useMemo(() => {
    const harm = new Set(cycle.loops.map((l) => l.harm));
    const apology = new Set(cycle.apologyDayList);
    const days = [...new Set([...harm, ...apology])].sort((a, b) => a - b);
    const series: ChartSeries[] = [
      {
        label: t('patterns.cycle.harm'),
        values: days.map((d) => (harm.has(d) ? 1 : null)),
        colour: '--mood-1',
        style: 'points',
      },
      {
        label: t('patterns.cycle.apology'),
        values: days.map((d) => (apology.has(d) ? 2 : null)),
        colour: '--accent',
        style: 'points',
      },
    ];
    return { x: days.map((d) => dayTime(d) / 1000), series };
  }, [cycle, t]);

  return (
    <section className="pattern-part" aria-labelledby="cycle-heading">
      <h2 id="cycle-heading" tabIndex={-1}>
        {t('patterns.part.cycle')}
      </h2>
      <p className="hint">{t('patterns.cycle.hint')}</p>
      <label className="field narrow" htmlFor={windowId}>
        <span>{t('patterns.cycle.within')}</span>
        <select
          id={windowId}
          value={cycle.withinDays}
          onChange={(e) => onWindow(Number(e.target.value))}
        >
          {APOLOGY_WINDOWS.map((d) => (
            <option key={d} value={d}>
              {t('patterns.dayCount', { count: d })}
            </option>
          ))}
        </select>
      </label>
      {cycle.harmDays > 0 && (
        <>
          <TimeChart
            x={chart.x}
            series={chart.series}
            yRange={[0.5, 2.5]}
            yLabels={lanes}
            height={150}
          />
          <details onToggle={(event) => setShowTable(event.currentTarget.open)}>
            <summary>{t('patterns.cycle.showTable')}</summary>
            {showTable && (
              <table className="pattern-table">
                <caption>{t('patterns.cycle.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('patterns.cycle.harmNoted')}</th>
                    <th scope="col">{t('patterns.cycle.apology')}</th>
                    <th scope="col">{t('patterns.cycle.harmAgain')}</th>
                  </tr>
                </thead>
                <tbody>
                  {cycle.loops.map((l) => (
                    <tr key={l.harm}>
                      <th scope="row">{formatDayNumber(l.harm, locale)}</th>
                      <td>
                        {l.apology === null
                          ? t('patterns.cycle.noneWithin', { count: cycle.withinDays })
                          : formatDayNumber(l.apology, locale)}
                      </td>
                      <td>
                        {l.harmAgain === null
                          ? l.apology === null
                            ? ''
                            : t('patterns.cycle.notSince')
                          : formatDayNumber(l.harmAgain, locale)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </details>
        </>
      )}
    </section>
  );
}
