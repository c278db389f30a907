/**
 * Patterns in a person's own entries: pure functions over plain arrays.
 *
 * Rules every function here keeps:
 * - "today" is always a parameter (ms since epoch); nothing reads the clock.
 * - Entries are placed by when it happened (`happenedAt`), on local calendar days.
 * - Entries that happened after today are left out (a date typed by mistake must not
 *   bend the picture).
 * - The order of the input never matters; ties are broken by id.
 */
import type { Entry } from '../../storage/types';
import { type MoodRange, type MoodSeries, moodSeries } from './moodOverTime';
import { type MonthGrid, monthGrid } from './calendar';
import {
  type FeelingFrequencies,
  type FeelingPair,
  feelingFrequencies,
  feelingPairs,
} from './feelings';
import { type WhatFollows, whatFollows } from './follows';
import { type Cycle, cycle } from './cycle';
import { type ContactInfo, contactInfo } from './noContact';
import { prepare } from './days';

// Chosen in story.ts; exported here too, where the benchmark looks for every analysis.
export { isHardEntry, storyFor, wantsWholeStory } from './story';

export interface PatternOptions {
  range: MoodRange;
  feelingPeriodDays: number;
  followEventId: string;
  followDays: number;
  apologyWithinDays: number;
  calendarYear: number;
  calendarMonth: number;
}

export interface Patterns {
  mood: MoodSeries;
  month: MonthGrid;
  feelings: FeelingFrequencies;
  pairs: FeelingPair[];
  follows: WhatFollows;
  cycle: Cycle;
  contact: ContactInfo | null;
}

/** Every part of the Patterns view at once (what the benchmark times). */
export function computePatterns(
  entries: readonly Entry[],
  options: PatternOptions,
  today: number,
): Patterns {
  const p = prepare(entries, today);
  return {
    mood: moodSeries(p, options.range, today),
    month: monthGrid(p, options.calendarYear, options.calendarMonth, today),
    feelings: feelingFrequencies(p, options.feelingPeriodDays, today),
    pairs: feelingPairs(p, today, p.today - options.feelingPeriodDays + 1),
    follows: whatFollows(p, options.followEventId, options.followDays, today),
    cycle: cycle(p, today, options.apologyWithinDays),
    contact: contactInfo(p, today),
  };
}
