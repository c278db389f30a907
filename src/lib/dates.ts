/** Date helpers built on Intl and the Date API, in the person's own time zone. */

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

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

export function formatDateTime(time: number): string {
  return dateTime.format(time);
}

export function formatDay(time: number): string {
  return dateOnly.format(time);
}
