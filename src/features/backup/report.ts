/** The printable report's content: pure functions over entries and tags. */
import type { Entry, Mood, Tag } from '../../storage/types';
import { formatDate } from '../../lib/i18n/format';
import type { Locale } from '../../lib/i18n/locales';
import { currentLocale, type Translate, translateNow } from '../../ui/i18n/i18n';
import { noonOfDayKey } from '../../lib/dayKey';
import { BUILTIN_TAG_IDS } from '../../storage/defaultTags';
import { cycle } from '../patterns/cycle';
import { prepare } from '../patterns/days';
import { cycleSentences } from '../patterns/words';
import type { ChangeNote } from '../../storage/versions';

export interface NameCount {
  name: string;
  count: number;
}

export interface Summary {
  entries: number;
  /** How many entries had each mood (1-5), and how many had none. */
  moods: Record<Mood, number> & { none: number };
  feelings: NameCount[];
  events: NameCount[];
  incidents: number;
}

function counted(ids: Iterable<string>, names: Map<string, string>): NameCount[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .flatMap(([id, count]) => {
      const name = names.get(id);
      return name === undefined ? [] : [{ name, count }];
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Counts of moods, feelings and events over the given entries. */
export function summarise(entries: readonly Entry[], tags: readonly Tag[]): Summary {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  const moods = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, none: 0 };
  for (const entry of entries) {
    if (entry.mood === null) moods.none += 1;
    else moods[entry.mood] += 1;
  }
  return {
    entries: entries.length,
    moods,
    feelings: counted(
      entries.flatMap((e) => e.feelings),
      names,
    ),
    events: counted(
      entries.flatMap((e) => e.events),
      names,
    ),
    incidents: incidentLog(entries).length,
  };
}

/** Entries that record harm (the built-in event e01), oldest first. */
export function incidentLog(entries: readonly Entry[]): Entry[] {
  return entries
    .filter((e) => e.events.includes(BUILTIN_TAG_IDS.harm))
    .sort((a, b) => a.happenedAt - b.happenedAt);
}

/**
 * What the Patterns view says about the cycle (harm, then an apology, gift or promise,
 * then harm again), over the given entries only: the report passes the entries in its
 * chosen dates, so nothing outside them is counted. Empty when no harm was noted there
 * (the summary's count already says so).
 */
export function cycleSummary(entries: readonly Entry[], today: number, withinDays = 3): string[] {
  const found = cycle(prepare(entries, today), today, withinDays);
  return found.harmDays === 0 ? [] : cycleSentences(found);
}

/** A day as the report writes it (Mon, Mar 2, 2025), in the language shown. */
export function reportDay(time: number, locale: Locale = currentLocale()): string {
  return formatDate(time, locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/**
 * Which dates a report covers, always as real dates: the chosen ones, or where none is
 * chosen, the first and last entry in it.
 */
export function coveredText(
  range: { from: string; to: string },
  chosen: readonly Entry[],
  t: Translate = translateNow,
  locale: Locale = currentLocale(),
): string {
  const formatDay = (time: number) => reportDay(time, locale);
  const whole = range.from === '' && range.to === '';
  // A loop, not Math.min(...times): a long journal has more entries than a call has arguments.
  let earliest: number | null = null;
  let latest: number | null = null;
  for (const { happenedAt } of chosen) {
    if (earliest === null || happenedAt < earliest) earliest = happenedAt;
    if (latest === null || happenedAt > latest) latest = happenedAt;
  }
  const first = range.from !== '' ? noonOfDayKey(range.from) : earliest;
  const last = range.to !== '' ? noonOfDayKey(range.to) : latest;
  if (first === null || last === null) {
    return whole
      ? t('report.coversNone')
      : range.from !== ''
        ? t('report.coversFrom', { date: formatDay(noonOfDayKey(range.from)) })
        : t('report.coversTo', { date: formatDay(noonOfDayKey(range.to)) });
  }
  const dates = { from: formatDay(first), to: formatDay(last) };
  return t(whole ? 'report.coversWhole' : 'report.coversRange', dates);
}

/** What chosen dates leave out of the report, so nothing is left out without a word. */
export function leftOutText(
  all: readonly Entry[],
  chosen: readonly Entry[],
  t: Translate = translateNow,
): string {
  const out = all.length - chosen.length;
  if (out <= 0) return '';
  const harm = incidentLog(all).length - incidentLog(chosen).length;
  return harm > 0
    ? t('report.leftOutHarm', { count: out, harm })
    : t('report.leftOut', { count: out });
}

/**
 * When an entry was written and whether and when it was changed afterwards, in one line
 * (history: storage/versions.ts changeNote).
 */
export function writtenAndChanged(
  note: ChangeNote,
  format: (time: number) => string,
  t: Translate = translateNow,
): string {
  const date = format(note.writtenAt);
  if (note.changedAt === null) return t('report.notChanged', { date });
  const changed = format(note.changedAt);
  return note.earlier === 0
    ? t('report.changed', { date, changed })
    : t('report.changedKept', { date, changed, count: note.earlier });
}
