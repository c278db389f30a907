/** Date helpers built on Intl and the Date API, in the person's own time zone. */
import type { Locale } from './i18n/locales';
import { regionalLocale } from './i18n/regional';

const pad = (n: number) => String(n).padStart(2, '0');

/** ms → the value a datetime-local input wants (yyyy-mm-ddThh:mm, local time). */
export function toLocalInput(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value → ms, or null when it is empty or not a date. */
export function fromLocalInput(value: string): number | null {
  if (value === '') return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
}

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const DAY: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
};
const dateTime = new Intl.DateTimeFormat(undefined, DATE_TIME);
const dateOnly = new Intl.DateTimeFormat(undefined, DAY);
const inLanguage = new Map<string, Intl.DateTimeFormat>();

/** A format for the language shown (in the browser's region for it), made once. */
function formatIn(locale: Locale, name: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale} ${name}`;
  let format = inLanguage.get(key);
  if (!format)
    inLanguage.set(key, (format = new Intl.DateTimeFormat(regionalLocale(locale), options)));
  return format;
}

/** Date and time; in the browser's language unless the language shown is given. */
export function formatDateTime(time: number, locale?: Locale): string {
  return (locale ? formatIn(locale, 'dateTime', DATE_TIME) : dateTime).format(time);
}

/** "Tue, 3 Nov 2026"; in the browser's language unless the language shown is given. */
export function formatDay(time: number, locale?: Locale): string {
  return (locale ? formatIn(locale, 'day', DAY) : dateOnly).format(time);
}

/** A time of day ("7:05 PM", "19:05") in the language shown. */
export function formatTime(time: number, locale: Locale): string {
  return formatIn(locale, 'time', { hour: 'numeric', minute: '2-digit' }).format(time);
}
