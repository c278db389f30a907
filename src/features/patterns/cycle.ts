/**
 * The cycle: harm, apology and calm, and how they follow each other. See analysis.ts for the
 * rules every analysis keeps.
 */
import { BUILTIN_TAG_IDS } from '../../storage/defaultTags';
import { type Source, summariseDays } from './days';

export interface CycleLoop {
  /** The day harm was noted. */
  harm: number;
  /** The first apology, gift or promise within the window after it, or null. */
  apology: number | null;
  /** The next harm after that apology, or null (none noted since). */
  harmAgain: number | null;
}

export interface Cycle {
  withinDays: number;
  /** Days on which harm was noted. */
  harmDays: number;
  /** Of those, days followed by an apology, gift or promise within withinDays (same day counts). */
  harmFollowedByApology: number;
  /** Days on which an apology, gift or promise was noted. */
  apologyDays: number;
  /** Of those, days after which harm was noted again (on a later day). */
  apologyFollowedByHarm: number;
  /** Days from each such apology to the next harm, in order; their middle value is below. */
  calmGaps: number[];
  /** The median of calmGaps, or null. */
  typicalCalmDays: number | null;
  /** Full turns: harm, then an apology within the window, then harm again. */
  fullTurns: number;
  /** One row per harm day, in order. */
  loops: CycleLoop[];
  /** Every day an apology, gift or promise was noted, in order (for the timeline). */
  apologyDayList: number[];
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The first value in a sorted array that is >= min, or undefined. */
function firstAtLeast(sorted: readonly number[], min: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < min) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/**
 * The cycle in the person's own record: harm, then an apology, gift or promise within
 * `withinDays` days (the same day counts), then a calm, then harm again. Counted by days.
 */
export function cycle(source: Source, today: number, withinDays = 3): Cycle {
  const days = summariseDays(source, today);
  const harm: number[] = [];
  const apology: number[] = [];
  for (const summary of days.values()) {
    if (summary.events.includes(BUILTIN_TAG_IDS.harm)) harm.push(summary.day);
    if (summary.events.includes(BUILTIN_TAG_IDS.apology)) apology.push(summary.day);
  }
  harm.sort((a, b) => a - b);
  apology.sort((a, b) => a - b);

  const calmGaps: number[] = [];
  let apologyFollowedByHarm = 0;
  for (const day of apology) {
    const next = firstAtLeast(harm, day + 1);
    if (next !== undefined) {
      apologyFollowedByHarm += 1;
      calmGaps.push(next - day);
    }
  }
  const loops: CycleLoop[] = harm.map((day) => {
    const found = firstAtLeast(apology, day);
    const apologyDay = found !== undefined && found <= day + withinDays ? found : null;
    const harmAgain = apologyDay === null ? null : (firstAtLeast(harm, apologyDay + 1) ?? null);
    return { harm: day, apology: apologyDay, harmAgain };
  });
  return {
    withinDays,
    harmDays: harm.length,
    harmFollowedByApology: loops.filter((l) => l.apology !== null).length,
    apologyDays: apology.length,
    apologyFollowedByHarm,
    calmGaps,
    typicalCalmDays: median(calmGaps),
    fullTurns: loops.filter((l) => l.harmAgain !== null).length,
    loops,
    apologyDayList: apology,
  };
}
