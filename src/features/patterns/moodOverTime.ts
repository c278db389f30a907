/**
 * Mood over time: one point a day over a chosen range. See analysis.ts for the rules every
 * analysis keeps.
 */
import { dayNumber } from '../../lib/dayKey';
import { type Source, summariseDays } from './days';

export type MoodRange = '30d' | '90d' | '1y' | 'all';

export const MOOD_RANGE_DAYS: Record<Exclude<MoodRange, 'all'>, number> = {
  '30d': 30,
  '90d': 90,
  '1y': 365,
};

export interface MoodPoint {
  day: number;
  /** The day's mean mood, or null when no mood was noted. */
  mood: number | null;
  /** Mean of the daily moods over the window ending this day, or null when none. */
  average: number | null;
}

export interface MoodSeries {
  from: number;
  to: number;
  points: MoodPoint[];
  /** Days in the range with a mood noted. */
  moodDays: number;
  /** Mean of the daily moods in the range, or null. */
  mean: number | null;
  lowest: number | null;
  highest: number | null;
}

/**
 * Daily mood for the range ending today, with a rolling average over `window` days
 * (days before the range still feed the first averages).
 */
export function moodSeries(
  source: Source,
  range: MoodRange,
  today: number,
  window = 7,
): MoodSeries {
  const days = summariseDays(source, today);
  const to = dayNumber(today);
  let from: number;
  if (range === 'all') {
    from = to;
    for (const day of days.keys()) if (day < from) from = day;
  } else {
    from = to - MOOD_RANGE_DAYS[range] + 1;
  }
  const moodOn = (day: number) => days.get(day)?.mood ?? null;
  // Running sums over the window, started before the range.
  let sum = 0;
  let count = 0;
  for (let day = from - window + 1; day < from; day += 1) {
    const mood = moodOn(day);
    if (mood !== null) {
      sum += mood;
      count += 1;
    }
  }
  const points: MoodPoint[] = [];
  let rangeSum = 0;
  let moodDays = 0;
  let lowest: number | null = null;
  let highest: number | null = null;
  for (let day = from; day <= to; day += 1) {
    const mood = moodOn(day);
    if (mood !== null) {
      sum += mood;
      count += 1;
      rangeSum += mood;
      moodDays += 1;
      lowest = lowest === null ? mood : Math.min(lowest, mood);
      highest = highest === null ? mood : Math.max(highest, mood);
    }
    const leaving = moodOn(day - window);
    if (leaving !== null) {
      sum -= leaving;
      count -= 1;
    }
    points.push({ day, mood, average: count > 0 ? sum / count : null });
  }
  return {
    from,
    to,
    points,
    moodDays,
    mean: moodDays > 0 ? rangeSum / moodDays : null,
    lowest,
    highest,
  };
}
