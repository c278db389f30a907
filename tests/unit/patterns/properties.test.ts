import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry, Mood } from '../../../src/storage/types';
import {
  computePatterns,
  type PatternOptions,
  storyFor,
} from '../../../src/features/patterns/analysis';
import { contactInfo } from '../../../src/features/patterns/noContact';
import { cycle } from '../../../src/features/patterns/cycle';
import { dayNumber, dayNumberer } from '../../../src/lib/dayKey';
import { feelingFrequencies, feelingPairs } from '../../../src/features/patterns/feelings';
import { monthGrid } from '../../../src/features/patterns/calendar';
import { moodSeries } from '../../../src/features/patterns/moodOverTime';
import { whatFollows } from '../../../src/features/patterns/follows';
import { APOLOGY, at, CONTACT, HARM, LONGING, NO_CONTACT, shiftDays, URGE } from './data';

const TODAY = at(2026, 11, 20);
const FEELINGS = ['f01', 'f02', 'f05', LONGING, 'f13'];
const EVENTS = [HARM, APOLOGY, CONTACT, NO_CONTACT, URGE];

/** Entries over about two years up to a week past today, at daytime hours (clear of DST gaps). */
const entryArb = fc
  .record({
    dayOffset: fc.integer({ min: -700, max: 7 }),
    hour: fc.integer({ min: 6, max: 22 }),
    minute: fc.integer({ min: 0, max: 59 }),
    mood: fc.option(fc.constantFrom<Mood>(1, 2, 3, 4, 5), { nil: null }),
    feelings: fc.subarray(FEELINGS),
    events: fc.subarray(EVENTS),
    text: fc.constantFrom('', 'words', 'a hard day'),
  })
  .map(({ dayOffset, hour, minute, mood, feelings, events, text }) => {
    const base = new Date(TODAY);
    const when = new Date(
      base.getFullYear(),
      base.getMonth(),
      base.getDate() + dayOffset,
      hour,
      minute,
    );
    return { mood, feelings, events, text, happenedAt: when.getTime() };
  });

const entriesArb = fc.array(entryArb, { maxLength: 60 }).map((list) =>
  list.map((e, i): Entry => ({
    ...e,
    id: `p${i}`,
    createdAt: e.happenedAt,
    updatedAt: e.happenedAt,
  })),
);

const OPTIONS: PatternOptions = {
  range: '90d',
  feelingPeriodDays: 30,
  followEventId: CONTACT,
  followDays: 3,
  apologyWithinDays: 3,
  calendarYear: 2026,
  calendarMonth: 10,
};

function shiftAll(entries: Entry[], days: number): Entry[] {
  return entries.map((e) => ({ ...e, happenedAt: shiftDays(e.happenedAt, days) }));
}

describe('properties of the analysis', () => {
  it('places a time on the same day with the fast day finder as with the plain one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: at(1990, 1, 1), max: at(2040, 1, 1) }), { maxLength: 200 }),
        (times) => {
          const fast = dayNumberer();
          for (const time of times) expect(fast(time)).toBe(dayNumber(time));
        },
      ),
    );
  });

  it('never counts more than there are entries', () => {
    fc.assert(
      fc.property(entriesArb, fc.integer({ min: 0, max: 10 }), (entries, window) => {
        const n = entries.length;
        const c = cycle(entries, TODAY, window);
        expect(c.harmDays).toBeLessThanOrEqual(n);
        expect(c.harmFollowedByApology).toBeLessThanOrEqual(c.harmDays);
        expect(c.apologyDays).toBeLessThanOrEqual(n);
        expect(c.apologyFollowedByHarm).toBeLessThanOrEqual(c.apologyDays);
        expect(c.fullTurns).toBeLessThanOrEqual(c.harmFollowedByApology);

        const f = feelingFrequencies(entries, 30, TODAY);
        expect(f.currentEntries + f.previousEntries).toBeLessThanOrEqual(n);
        for (const feeling of f.feelings) {
          expect(feeling.current).toBeLessThanOrEqual(f.currentEntries);
          expect(feeling.previous).toBeLessThanOrEqual(f.previousEntries);
        }
        for (const pair of feelingPairs(entries, TODAY))
          expect(pair.together).toBeLessThanOrEqual(n);

        const w = whatFollows(entries, CONTACT, window, TODAY);
        expect(w.eventDays + w.after.days + w.other.days).toBeLessThanOrEqual(n + w.eventDays);
        expect(w.after.entries + w.other.entries).toBeLessThanOrEqual(n);

        const m = moodSeries(entries, 'all', TODAY);
        expect(m.moodDays).toBeLessThanOrEqual(n);
        expect(monthGrid(entries, 2026, 10, TODAY).daysWithEntries).toBeLessThanOrEqual(n);

        const contact = contactInfo(entries, TODAY);
        if (contact) expect(contact.noContactDaysSince).toBeLessThanOrEqual(n);
        for (const e of entries) expect(storyFor(e, entries).length).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('keeps moods between 1 and 5, averages included', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        for (const p of moodSeries(entries, '1y', TODAY).points) {
          for (const v of [p.mood, p.average]) {
            if (v === null) continue;
            expect(v).toBeGreaterThanOrEqual(1);
            expect(v).toBeLessThanOrEqual(5 + 1e-9);
          }
        }
      }),
    );
  });

  it('shifting every date and today by whole days shifts nothing else', () => {
    fc.assert(
      fc.property(entriesArb, fc.integer({ min: -400, max: 400 }), (entries, k) => {
        const shifted = shiftAll(entries, k);
        const today = shiftDays(TODAY, k);

        const a = cycle(entries, TODAY);
        const b = cycle(shifted, today);
        expect({ ...b, loops: [], apologyDayList: [] }).toEqual({
          ...a,
          loops: [],
          apologyDayList: [],
        });
        expect(b.apologyDayList).toEqual(a.apologyDayList.map((d) => d + k));
        expect(b.loops).toEqual(
          a.loops.map((l) => ({
            harm: l.harm + k,
            apology: l.apology === null ? null : l.apology + k,
            harmAgain: l.harmAgain === null ? null : l.harmAgain + k,
          })),
        );

        for (const range of ['30d', 'all'] as const) {
          const ma = moodSeries(entries, range, TODAY);
          const mc = moodSeries(shifted, range, today);
          expect(mc.points.map((p) => [p.mood, p.average])).toEqual(
            ma.points.map((p) => [p.mood, p.average]),
          );
          expect(mc.from).toBe(ma.from + k);
          expect(mc.mean).toBe(ma.mean);
        }

        expect(feelingFrequencies(shifted, 30, today)).toEqual(
          feelingFrequencies(entries, 30, TODAY),
        );
        expect(feelingPairs(shifted, today)).toEqual(feelingPairs(entries, TODAY));
        expect(whatFollows(shifted, HARM, 3, today)).toEqual(whatFollows(entries, HARM, 3, TODAY));

        const ca = contactInfo(entries, TODAY);
        const cb = contactInfo(shifted, today);
        expect(cb?.daysSinceContact).toEqual(ca?.daysSinceContact);
        expect(cb?.noContactDaysSince).toEqual(ca?.noContactDaysSince);

        const trigger = shifted.find((e) => e.feelings.includes(LONGING));
        if (trigger) {
          const original = entries.find((e) => e.id === trigger.id) as Entry;
          expect(storyFor(trigger, shifted).map((s) => s.entry.id)).toEqual(
            storyFor(original, entries).map((s) => s.entry.id),
          );
        }
      }),
    );
  });

  it('gives the same answers whatever order the entries come in', () => {
    fc.assert(
      fc.property(
        entriesArb.chain((entries) =>
          fc.tuple(
            fc.constant(entries),
            fc.shuffledSubarray(entries, { minLength: entries.length }),
          ),
        ),
        ([entries, shuffled]) => {
          expect(computePatterns(shuffled, OPTIONS, TODAY)).toEqual(
            computePatterns(entries, OPTIONS, TODAY),
          );
          for (const e of entries.slice(0, 5)) {
            expect(storyFor(e, shuffled)).toEqual(storyFor(e, entries));
          }
        },
      ),
    );
  });

  it('places every entry up to today on exactly one day of the "all time" series', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const series = moodSeries(entries, 'all', TODAY);
        const days = new Set(
          entries
            .filter((e) => e.mood !== null && dayNumber(e.happenedAt) <= dayNumber(TODAY))
            .map((e) => dayNumber(e.happenedAt)),
        );
        expect(series.moodDays).toBe(days.size);
      }),
    );
  });
});
