import { useId, useMemo, useState } from 'react';
import { type Cycle } from './cycle';
import { dayTime } from '../../lib/dayKey';
import { type ChartSeries, TimeChart } from './TimeChart';
import { formatDayNumber } from './words';

export const APOLOGY_WINDOWS = [1, 2, 3, 5, 7] as const;
const LANES: Record<number, string> = { 1: 'Harm', 2: 'Apology' };

interface Props {
  cycle: Cycle;
  onWindow(days: number): void;
}

/** Harm, then apology, gift or promise, then calm, then harm again: in their own record. */
export function CycleSection({ cycle, onWindow }: Props) {
  const windowId = useId();
  const [showTable, setShowTable] = useState(false);
  const chart = useMemo(() => {
    const harm = new Set(cycle.loops.map((l) => l.harm));
    const apology = new Set(cycle.apologyDayList);
    const days = [...new Set([...harm, ...apology])].sort((a, b) => a - b);
    const series: ChartSeries[] = [
      {
        label: 'Harm or incident',
        values: days.map((d) => (harm.has(d) ? 1 : null)),
        colour: '--mood-1',
        style: 'points',
      },
      {
        label: 'Apology, gift or promise',
        values: days.map((d) => (apology.has(d) ? 2 : null)),
        colour: '--accent',
        style: 'points',
      },
    ];
    return { x: days.map((d) => dayTime(d) / 1000), series };
  }, [cycle]);

  return (
    <section className="pattern-part" aria-labelledby="cycle-heading">
      <h2 id="cycle-heading" tabIndex={-1}>
        The cycle
      </h2>
      <p className="hint">
        Harm, then an apology, a gift or a promise, then a calmer time, then harm again: many people
        notice it in their own record. What yours shows is in the summary above; here it is by days.
      </p>
      <label className="field narrow" htmlFor={windowId}>
        <span>Apology counted within</span>
        <select
          id={windowId}
          value={cycle.withinDays}
          onChange={(e) => onWindow(Number(e.target.value))}
        >
          {APOLOGY_WINDOWS.map((d) => (
            <option key={d} value={d}>
              {d === 1 ? '1 day' : `${d} days`}
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
            yLabels={LANES}
            height={150}
          />
          <details onToggle={(event) => setShowTable(event.currentTarget.open)}>
            <summary>Show each time as a table</summary>
            {showTable && (
              <table className="pattern-table">
                <caption>Each time you noted harm, and what came after</caption>
                <thead>
                  <tr>
                    <th scope="col">Harm noted</th>
                    <th scope="col">Apology, gift or promise</th>
                    <th scope="col">Harm again</th>
                  </tr>
                </thead>
                <tbody>
                  {cycle.loops.map((l) => (
                    <tr key={l.harm}>
                      <th scope="row">{formatDayNumber(l.harm)}</th>
                      <td>
                        {l.apology === null
                          ? `None within ${cycle.withinDays} days`
                          : formatDayNumber(l.apology)}
                      </td>
                      <td>
                        {l.harmAgain === null
                          ? l.apology === null
                            ? ''
                            : 'Not noted since'
                          : formatDayNumber(l.harmAgain)}
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
