import { useMemo, useState } from 'react';
import { useKeel } from '../../state/store';
import type { Entry } from '../../storage/types';
import { formatTime } from '../../lib/dates';
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
import { useSay } from './useSay';
import {
  capitalised,
  formatDayNumber,
  formatMonth,
  formatMonthName,
  formatMood,
  type Say,
  weekdayNames,
} from './words';

/** How each mark is drawn; the legend below the toolbar says what each means. */
const MARK_SYMBOLS: Record<EventMark, string> = {
  harm: '◆',
  apology: '●',
  contact: '○',
  'no-contact': '□',
  other: '·',
};

interface Props {
  days: Map<number, DaySummary>;
  entries: ReadonlyMap<string, Entry>;
  name(id: string): string;
  today: number;
}

function dayLabel(cell: CalendarDay, name: (id: string) => string, { t, locale }: Say): string {
  const parts = [formatDayNumber(cell.day, locale)];
  if (cell.entryIds.length > 0) {
    parts.push(t('patterns.calendar.entries', { count: cell.entryIds.length }));
  }
  if (cell.mood !== null) {
    parts.push(
      t('patterns.calendar.mood', { mood: String(cell.mood), label: t(`mood.${cell.mood}`) }),
    );
  }
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
function yearMonthLabel(g: YearMonth, name: (id: string) => string, { t, locale }: Say): string {
  if (g.daysWithEntries === 0) return `, ${t('patterns.calendar.yearNothing')}`;
  let label = `, ${t('patterns.calendar.yearDays', { count: g.daysWithEntries })}`;
  if (g.mean !== null) {
    label += `, ${t('patterns.calendar.yearMood', { mean: formatMood(g.mean, locale) })}`;
  }
  // Semicolons between events: an event's own name may hold a comma.
  for (const { id, days } of g.events) {
    label += `; ${t('patterns.calendar.yearEvent', { name: name(id), count: days })}`;
  }
  return label;
}

function Month({
  grid,
  selected,
  onPick,
  name,
  say,
}: {
  grid: MonthGrid;
  selected: number | null;
  onPick(day: number): void;
  name(id: string): string;
  say: Say;
}) {
  const { locale } = say;
  return (
    <table className="calendar">
      <caption>{capitalised(formatMonth(grid.year, grid.month, locale), locale)}</caption>
      <thead>
        <tr>
          {weekdayNames(locale).map((d) => (
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
                      aria-label={dayLabel(cell, name, say)}
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
  const say = useSay();
  const { t, locale } = say;
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
        {t('patterns.part.calendar')}
      </h2>
      <div className="toolbar wrap">
        <button type="button" aria-pressed={mode === 'month'} onClick={() => setMode('month')}>
          {t('patterns.calendar.month')}
        </button>
        <button type="button" aria-pressed={mode === 'year'} onClick={() => setMode('year')}>
          {t('patterns.calendar.year')}
        </button>
        <button type="button" onClick={() => move(-1)}>
          {mode === 'month'
            ? t('patterns.calendar.previousMonth')
            : t('patterns.calendar.previousYear')}
        </button>
        <button type="button" onClick={() => move(1)}>
          {mode === 'month' ? t('patterns.calendar.nextMonth') : t('patterns.calendar.nextYear')}
        </button>
      </div>
      <p className="hint legend">{t('patterns.calendar.legend')}</p>
      {mode === 'month' ? (
        <>
          <p data-testid="month-summary">
            {grid.daysWithEntries === 0
              ? t('patterns.calendar.nothingIn', { month: formatMonth(year, month, locale) })
              : grid.mean === null
                ? t('patterns.calendar.wrote', {
                    month: formatMonth(year, month, locale),
                    count: grid.daysWithEntries,
                  })
                : t('patterns.calendar.wroteMood', {
                    month: formatMonth(year, month, locale),
                    count: grid.daysWithEntries,
                    mean: formatMood(grid.mean, locale),
                  })}
          </p>
          <Month grid={grid} selected={selected} onPick={setSelected} name={name} say={say} />
          {picked && (
            <div
              className="day-entries"
              role="region"
              aria-label={t('patterns.calendar.entriesOn', {
                date: formatDayNumber(picked.day, locale),
              })}
            >
              <h3>{formatDayNumber(picked.day, locale)}</h3>
              <ul>
                {picked.entryIds.map((id) => {
                  const entry = entries.get(id);
                  if (!entry) return null;
                  const time = formatTime(entry.happenedAt, locale);
                  return (
                    <li key={id}>
                      <button
                        type="button"
                        className="entry-row"
                        onClick={() => useKeel.getState().openEntry(id)}
                      >
                        <span className="entry-when">
                          {time}
                          {entry.mood !== null
                            ? t('patterns.calendar.entryMood', { mood: String(entry.mood) })
                            : ''}
                        </span>
                        <span className="entry-preview">
                          {entry.text.trim().slice(0, 140) || t('patterns.calendar.noWords')}
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
            <p>{t('patterns.calendar.nothingInYear', { year: String(year) })}</p>
          ) : (
            (firstShown.month > 0 || lastShown.month < 11) && (
              <p className="hint">
                {firstShown.month > 0 &&
                  `${t('patterns.calendar.nothingBefore', {
                    year: String(year),
                    month: formatMonthName(year, firstShown.month, locale),
                  })} `}
                {lastShown.month < 11 &&
                  t('patterns.calendar.nothingAfter', {
                    year: String(year),
                    month: formatMonthName(year, lastShown.month, locale),
                  })}
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
                  <span className="year-month-name">
                    {capitalised(formatMonthName(g.year, g.month, locale), locale)}
                  </span>
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
                  <span className="visually-hidden">{yearMonthLabel(g, name, say)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
