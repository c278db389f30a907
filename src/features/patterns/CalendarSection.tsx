import { useMemo, useState } from 'react';
import { useKeel } from '../../state/store';
import type { Entry } from '../../storage/types';
import { MOOD_LABELS } from '../../ui/moodLabels';
import {
  type CalendarDay,
  type EventMark,
  latestWrittenMonth,
  monthGrid,
  type MonthGrid,
  writtenMonths,
  yearGrid,
  type YearMonth,
} from './calendar';
import { type DaySummary } from './days';
import { formatDayNumber, formatMonth, formatMonthName, formatMood, plural } from './words';

/** How each mark is drawn; the legend below the toolbar says what each means. */
const MARK_SYMBOLS: Record<EventMark, string> = {
  harm: '◆',
  apology: '●',
  contact: '○',
  'no-contact': '□',
  other: '·',
};

const WEEKDAYS = Array.from({ length: 7 }, (_, i) =>
  // 5 Jan 2026 is a Monday.
  new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(new Date(2026, 0, 5 + i)),
);

interface Props {
  days: Map<number, DaySummary>;
  entries: ReadonlyMap<string, Entry>;
  name(id: string): string;
  today: number;
}

function dayLabel(cell: CalendarDay, name: (id: string) => string): string {
  const parts = [formatDayNumber(cell.day)];
  if (cell.entryIds.length > 0) parts.push(plural(cell.entryIds.length, 'entry', 'entries'));
  if (cell.mood !== null) parts.push(`mood ${cell.mood} (${MOOD_LABELS[cell.mood]})`);
  if (cell.events.length > 0) parts.push(cell.events.map(name).join(', '));
  return parts.join(', ');
}

function markText(marks: readonly EventMark[]): string {
  return marks.map((mark) => MARK_SYMBOLS[mark]).join('');
}

function Marks({ marks }: { marks: readonly EventMark[] }) {
  return marks.length > 0 ? <span className="marks">{markText(marks)}</span> : null;
}

/** What a month of the year view says to a screen reader (its tiles are drawn only). */
function yearMonthLabel(g: YearMonth, name: (id: string) => string): string {
  if (g.daysWithEntries === 0) return ', nothing written';
  let label = `, ${plural(g.daysWithEntries, 'day', 'days')} written`;
  if (g.mean !== null) label += `, mood averaged ${formatMood(g.mean)}`;
  // Semicolons between events: an event's own name may hold a comma.
  for (const { id, days } of g.events) label += `; ${name(id)} on ${plural(days, 'day', 'days')}`;
  return label;
}

function Month({
  grid,
  selected,
  onPick,
  name,
}: {
  grid: MonthGrid;
  selected: number | null;
  onPick(day: number): void;
  name(id: string): string;
}) {
  return (
    <table className="calendar">
      <caption>{formatMonth(grid.year, grid.month)}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((d) => (
            <th key={d} scope="col">
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.weeks.map((week, w) => (
          <tr key={w}>
            {week.map((cell, i) =>
              cell === null ? (
                <td key={i} />
              ) : (
                <td key={i}>
                  {cell.entryIds.length > 0 ? (
                    <button
                      type="button"
                      className={`day mood-${cell.mood ?? 'none'}`}
                      aria-label={dayLabel(cell, name)}
                      aria-pressed={selected === cell.day}
                      onClick={() => onPick(cell.day)}
                    >
                      <span>{cell.dayOfMonth}</span>
                      <Marks marks={cell.marks} />
                    </button>
                  ) : (
                    <span className="day empty">{cell.dayOfMonth}</span>
                  )}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A month (or a year) coloured by mood, with event marks; pick a day to read it. */
export function CalendarSection({ days, entries, name, today }: Props) {
  // Opens on the latest month written in, not on an empty one.
  const [start] = useState(() => {
    const now = new Date(today);
    return latestWrittenMonth(days) ?? { year: now.getFullYear(), month: now.getMonth() };
  });
  const [mode, setMode] = useState<'month' | 'year'>('month');
  const [year, setYear] = useState(start.year);
  const [month, setMonth] = useState(start.month);
  const [selected, setSelected] = useState<number | null>(null);

  const grid = useMemo(() => monthGrid(days, year, month, today), [days, year, month, today]);
  // Only the months from the first written in to the last: the year opens on what was written.
  const yearGrids = useMemo(
    () => (mode === 'year' ? writtenMonths(yearGrid(days, year, today)) : []),
    [days, year, mode, today],
  );
  const firstShown = yearGrids[0];
  const lastShown = yearGrids.at(-1);
  const move = (by: number) => {
    if (mode === 'year') {
      setYear(year + by);
      return;
    }
    const next = new Date(year, month + by, 1);
    setYear(next.getFullYear());
    setMonth(next.getMonth());
    setSelected(null);
  };
  const picked = selected === null ? undefined : days.get(selected);

  return (
    <section className="pattern-part" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading" tabIndex={-1}>
        Calendar
      </h2>
      <div className="toolbar wrap">
        <button type="button" aria-pressed={mode === 'month'} onClick={() => setMode('month')}>
          Month
        </button>
        <button type="button" aria-pressed={mode === 'year'} onClick={() => setMode('year')}>
          Year
        </button>
        <button type="button" onClick={() => move(-1)}>
          {mode === 'month' ? 'Previous month' : 'Previous year'}
        </button>
        <button type="button" onClick={() => move(1)}>
          {mode === 'month' ? 'Next month' : 'Next year'}
        </button>
      </div>
      <p className="hint legend">
        Colours go from darker purple (very hard) to green (good). Marks: ◆ harm or incident, ●
        apology, gift or promise, ○ contact, □ no contact held, · another event.
      </p>
      {mode === 'month' ? (
        <>
          <p data-testid="month-summary">
            {grid.daysWithEntries === 0
              ? `Nothing written in ${formatMonth(year, month)}.`
              : `${formatMonth(year, month)}: you wrote on ${plural(grid.daysWithEntries, 'day', 'days')}` +
                (grid.mean === null ? '.' : `; mood averaged ${formatMood(grid.mean)}.`)}
          </p>
          <Month grid={grid} selected={selected} onPick={setSelected} name={name} />
          {picked && (
            <div
              className="day-entries"
              role="region"
              aria-label={`Entries on ${formatDayNumber(picked.day)}`}
            >
              <h3>{formatDayNumber(picked.day)}</h3>
              <ul>
                {picked.entryIds.map((id) => {
                  const entry = entries.get(id);
                  if (!entry) return null;
                  const time = new Date(entry.happenedAt).toLocaleTimeString(undefined, {
                    hour: 'numeric',
                    minute: '2-digit',
                  });
                  return (
                    <li key={id}>
                      <button
                        type="button"
                        className="entry-row"
                        onClick={() => useKeel.getState().openEntry(id)}
                      >
                        <span className="entry-when">
                          {time}
                          {entry.mood !== null ? ` · mood ${entry.mood}` : ''}
                        </span>
                        <span className="entry-preview">
                          {entry.text.trim().slice(0, 140) || 'No words, just the marks.'}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </>
      ) : (
        <>
          <h3>{year}</h3>
          {!firstShown || !lastShown ? (
            <p>Nothing was written in {year}.</p>
          ) : (
            (firstShown.month > 0 || lastShown.month < 11) && (
              <p className="hint">
                {firstShown.month > 0 &&
                  `Nothing was written in ${year} before ${formatMonthName(year, firstShown.month)}. `}
                {lastShown.month < 11 &&
                  `Nothing was written in ${year} after ${formatMonthName(year, lastShown.month)}.`}
              </p>
            )
          )}
          <ul className="year-grid">
            {yearGrids.map((g) => (
              <li key={g.month}>
                <button
                  type="button"
                  className="year-month"
                  onClick={() => {
                    setMonth(g.month);
                    setMode('month');
                    setSelected(null);
                  }}
                >
                  <span className="year-month-name">{formatMonthName(g.year, g.month)}</span>
                  <span className="mini" aria-hidden="true">
                    {g.weeks.flat().map((cell, i) =>
                      cell === null ? (
                        <span key={i} className="pad" />
                      ) : (
                        <span
                          key={i}
                          className={`mood-${cell.mood ?? (cell.entryIds.length ? 'none' : 'empty')}`}
                        >
                          {markText(cell.marks)}
                        </span>
                      ),
                    )}
                  </span>
                  <span className="visually-hidden">{yearMonthLabel(g, name)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
