/**
 * Days, in the person's own time zone, in the two forms Keel keeps them: a "YYYY-MM-DD" key
 * (date inputs, filters, the report's range, file names, the readable export) and a day
 * number (days since 1970-01-01, for Patterns' arithmetic). Every day key is made here.
 */

export const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** ms → YYYY-MM-DD in local time. */
export function toDayKey(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of a YYYY-MM-DD day, in ms. */
export function startOfDayKey(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

/** The day a YYYY-MM-DD key names, at local noon (so no change of clocks moves it). */
export function noonOfDayKey(key: string): number {
  return new Date(`${key}T12:00`).getTime();
}

/** A local calendar day as a whole number (days since 1970-01-01), safe across DST. */
export function dayNumber(time: number): number {
  const d = new Date(time);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);
}

/**
 * A faster dayNumber for many times at once: the zone offset is looked up once per UTC
 * day (twice, at its start and end) and reused when it does not change within that day;
 * around a clock change it falls back to the exact answer. The cache lives only as long
 * as the returned function, so a change of time zone is picked up on the next call.
 */
export function dayNumberer(): (time: number) => number {
  const offsets = new Map<number, number>();
  return (time) => {
    const bucket = Math.floor(time / DAY_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = new Date(bucket * DAY_MS).getTimezoneOffset();
      const end = new Date((bucket + 1) * DAY_MS - 1).getTimezoneOffset();
      offset = start === end ? start : Number.NaN;
      offsets.set(bucket, offset);
    }
    if (Number.isNaN(offset)) return dayNumber(time);
    return Math.floor((time - offset * 60_000) / DAY_MS);
  };
}

/** Day number → YYYY-MM-DD. */
export function dayNumberToKey(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Day number → local noon of that day, in ms (for formatting with Intl). */
export function dayTime(day: number): number {
  const d = new Date(day * DAY_MS);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12).getTime();
}

/** The day number of the first of a month (month 0-based; 12 is next year's January). */
export function firstOfMonth(year: number, month: number): number {
  return Math.round(Date.UTC(year, month, 1) / DAY_MS);
}
