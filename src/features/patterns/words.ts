/**
 * The plain sentences the Patterns view says, built from the analysis. Kept apart from
 * the components so the words can be read (and tested) in one place. They describe;
 * they never judge or diagnose.
 */
import type { Tag } from '../../storage/types';
import type { ContactInfo } from './noContact';
import type { Cycle } from './cycle';
import type { FeelingPair } from './feelings';
import type { MoodSeries } from './moodOverTime';
import type { WhatFollows } from './follows';
import { dayTime } from '../../lib/dayKey';
import { formatDay } from '../../lib/dates';
import { formatNumber } from '../../lib/i18n/format';
import type { Locale } from '../../lib/i18n/locales';
import { regionalLocale } from '../../lib/i18n/regional';
import { currentLocale, type Translate, translateNow } from '../../ui/i18n/i18n';

/** What the sentences need: the language shown and its messages (from useT in a view). */
export interface Say {
  t: Translate;
  locale: Locale;
}

/** The language shown, for callers given no Say (the views pass useSay's). */
export function sayNow(): Say {
  return { locale: currentLocale(), t: translateNow };
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format)
    formats.set(key, (format = new Intl.DateTimeFormat(regionalLocale(locale), options)));
  return format;
}

/** The first letter as a capital, for a name standing alone ("diciembre de 2026" as a caption). */
export function capitalised(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** A day number as "Tue, 3 Nov 2026" in the language shown. */
export function formatDayNumber(day: number, locale: Locale = currentLocale()): string {
  return formatDay(dayTime(day), locale);
}

/** "November 2026" / "noviembre de 2026". */
export function formatMonth(year: number, month: number, locale: Locale = currentLocale()): string {
  return dateFormat(locale, { month: 'long', year: 'numeric' }).format(new Date(year, month, 15));
}

export function formatMonthName(
  year: number,
  month: number,
  locale: Locale = currentLocale(),
): string {
  return dateFormat(locale, { month: 'long' }).format(new Date(year, month, 15));
}

/** Short weekday names, Monday first. */
export function weekdayNames(locale: Locale): string[] {
  const format = dateFormat(locale, { weekday: 'short' });
  // 5 Jan 2026 is a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(2026, 0, 5 + i)));
}

/** One decimal, without a trailing ".0" (a comma in Spanish). */
export function formatMood(value: number, locale: Locale = currentLocale()): string {
  return formatNumber(Math.round(value * 10) / 10, locale);
}

/** Tag id → its name, with a kind word for a tag that was removed. */
export function tagNamer(tags: readonly Tag[], { t }: Say = sayNow()): (id: string) => string {
  const names = new Map(tags.map((tag) => [tag.id, tag.name]));
  return (id) => names.get(id) ?? t('tags.removed');
}

export function moodSummary(series: MoodSeries, { t, locale }: Say = sayNow()): string {
  const from = formatDayNumber(series.from, locale);
  const to = formatDayNumber(series.to, locale);
  if (series.mean === null || series.lowest === null || series.highest === null) {
    return t('patterns.mood.none', { from, to });
  }
  return t('patterns.mood.summary', {
    from,
    to,
    count: series.moodDays,
    mean: formatMood(series.mean, locale),
    lowest: formatMood(series.lowest, locale),
    highest: formatMood(series.highest, locale),
  });
}

export function pairSentence(
  pair: FeelingPair,
  name: (id: string) => string,
  { t }: Say = sayNow(),
): string {
  const params = { a: name(pair.a), b: name(pair.b), count: pair.together };
  if (pair.together === 1) return t('patterns.feelings.pairOnce', params);
  if (pair.together === 2) return t('patterns.feelings.pairTwice', params);
  return t('patterns.feelings.pairTimes', params);
}

export function followsSentences(
  result: WhatFollows,
  eventName: string,
  { t, locale }: Say = sayNow(),
): string[] {
  if (result.eventDays === 0) return [t('patterns.follows.never', { event: eventName })];
  const after = result.after;
  const other = result.other;
  // The window ("the day after", "the 3 days after") and the days with a mood are said in
  // words that cannot be mistaken for each other.
  return [
    t('patterns.follows.noted', { event: eventName, count: result.eventDays }),
    after.mean === null
      ? t('patterns.follows.afterNoMood', { count: result.withinDays })
      : t('patterns.follows.after', {
          count: result.withinDays,
          mean: formatMood(after.mean, locale),
          noted: t('patterns.follows.notedOnThose', { count: after.moodDays }),
        }),
    other.mean === null
      ? t('patterns.follows.otherNoMood')
      : t('patterns.follows.other', {
          mean: formatMood(other.mean, locale),
          noted: t('patterns.follows.notedOnThem', { count: other.moodDays }),
        }),
  ];
}

/** True when mood was higher in the days after harm than on other days. */
export function liftAfterHarm(result: WhatFollows, harmId: string): boolean {
  return (
    result.eventId === harmId &&
    result.after.mean !== null &&
    result.other.mean !== null &&
    result.after.mean > result.other.mean
  );
}

export function cycleSentences(c: Cycle, { t }: Say = sayNow()): string[] {
  if (c.harmDays === 0) return [t('patterns.cycle.none')];
  const lines: string[] = [];
  if (c.harmDays === 1) {
    lines.push(
      t(
        c.harmFollowedByApology === 1
          ? 'patterns.cycle.onceFollowed'
          : 'patterns.cycle.onceNotFollowed',
        { count: c.withinDays },
      ),
    );
  } else {
    lines.push(
      t('patterns.cycle.followed', {
        followed: c.harmFollowedByApology,
        harm: c.harmDays,
        count: c.withinDays,
      }),
    );
  }
  if (c.apologyDays > 0) {
    const one = c.apologyDays === 1;
    if (c.apologyFollowedByHarm === 0) {
      lines.push(t(one ? 'patterns.cycle.noHarmAfterOne' : 'patterns.cycle.noHarmAfterMany'));
    } else {
      lines.push(
        one
          ? t('patterns.cycle.harmAfterOne')
          : t('patterns.cycle.harmAfterMany', {
              followed: c.apologyFollowedByHarm,
              apologies: c.apologyDays,
            }),
      );
    }
  }
  if (c.typicalCalmDays !== null) {
    lines.push(t('patterns.cycle.calm', { count: Math.round(c.typicalCalmDays) }));
  }
  return lines;
}

export function contactSentences(info: ContactInfo, { t, locale }: Say = sayNow()): string[] {
  if (info.lastContact === null || info.daysSinceContact === null) {
    return [t('patterns.contact.noneHeld', { count: info.noContactDaysSince })];
  }
  const lines: string[] = [];
  if (info.daysSinceContact === 0) {
    lines.push(t('patterns.contact.today'));
  } else {
    lines.push(
      t('patterns.contact.last', {
        date: formatDayNumber(info.lastContact, locale),
        count: info.daysSinceContact,
      }),
    );
  }
  if (info.noContactDaysSince > 0) {
    lines.push(t('patterns.contact.heldSince', { count: info.noContactDaysSince }));
  }
  return lines;
}

/** Month and weekday names for the charts' time axis (uPlot's DateNames), in the language shown. */
export function chartDateNames(locale: Locale): {
  MMMM: string[];
  MMM: string[];
  WWWW: string[];
  WWW: string[];
} {
  const months = (month: 'long' | 'short') =>
    Array.from({ length: 12 }, (_, i) =>
      dateFormat(locale, { month }).format(new Date(2026, i, 15)),
    );
  // 4 Jan 2026 is a Sunday, uPlot's first weekday.
  const weekdays = (weekday: 'long' | 'short') =>
    Array.from({ length: 7 }, (_, i) =>
      dateFormat(locale, { weekday }).format(new Date(2026, 0, 4 + i)),
    );
  return {
    MMMM: months('long'),
    MMM: months('short'),
    WWWW: weekdays('long'),
    WWW: weekdays('short'),
  };
}
