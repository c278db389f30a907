/** Hand-made entries for the patterns tests. Months are 1-12 here, times are local. */
import type { Entry, Mood } from '../../../src/storage/types';

export const HARM = 'e01';
export const APOLOGY = 'e02';
export const CONTACT = 'e03';
export const NO_CONTACT = 'e04';
export const URGE = 'e08';
export const FEAR = 'f01';
export const ANXIETY = 'f02';
export const RELIEF = 'f04';
export const HOPE = 'f05';
export const LONGING = 'f06';

/** Local time on a November-ish day: at(2026, 11, 20) is 20 Nov 2026, noon. */
export function at(year: number, month: number, day: number, hour = 12): number {
  return new Date(year, month - 1, day, hour).getTime();
}

let counter = 0;

export function entry(
  when: number,
  fields: { mood?: Mood | null; feelings?: string[]; events?: string[]; text?: string } = {},
): Entry {
  counter += 1;
  return {
    id: `x${String(counter).padStart(4, '0')}`,
    createdAt: when,
    updatedAt: when,
    happenedAt: when,
    text: fields.text ?? `Entry ${counter}`,
    mood: fields.mood ?? null,
    feelings: fields.feelings ?? [],
    events: fields.events ?? [],
  };
}

/** Shifts a time by whole local days, keeping the wall-clock time. */
export function shiftDays(time: number, days: number): number {
  const d = new Date(time);
  d.setDate(d.getDate() + days);
  return d.getTime();
}
