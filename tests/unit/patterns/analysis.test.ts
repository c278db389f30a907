import { describe, expect, it } from 'vitest';
import { computePatterns, storyFor } from '../../../src/features/patterns/analysis';
import { contactInfo } from '../../../src/features/patterns/noContact';
import { cycle } from '../../../src/features/patterns/cycle';
import { summariseDays } from '../../../src/features/patterns/days';
import { dayNumber, dayNumberToKey } from '../../../src/lib/dayKey';
import {
  eventMarks,
  monthGrid,
  yearGrid,
  type CalendarDay,
  type YearMonth,
} from '../../../src/features/patterns/calendar';
import { feelingFrequencies, feelingPairs } from '../../../src/features/patterns/feelings';
import { moodSeries } from '../../../src/features/patterns/moodOverTime';
import { whatFollows } from '../../../src/features/patterns/follows';
import {
  ANXIETY,
  APOLOGY,
  at,
  CONTACT,
  entry,
  FEAR,
  HARM,
  HOPE,
  LONGING,
  NO_CONTACT,
  RELIEF,
  URGE,
} from './data';

const TODAY = at(2026, 11, 20);
const day = (y: number, m: number, d: number) => dayNumber(at(y, m, d));

describe('days', () => {
  it('places an entry on its local calendar day, late at night included', () => {
    expect(dayNumberToKey(dayNumber(at(2026, 11, 20, 23)))).toBe('2026-11-20');
    expect(dayNumberToKey(dayNumber(at(2026, 11, 20, 0)))).toBe('2026-11-20');
    expect(dayNumber(at(2026, 11, 21, 0)) - dayNumber(at(2026, 11, 20, 23))).toBe(1);
  });
});

describe('mood over time', () => {
  const entries = [
    entry(at(2026, 10, 21), { mood: 5 }),
    entry(at(2026, 11, 18, 9), { mood: 2 }),
    entry(at(2026, 11, 18, 21), { mood: 4 }),
    entry(at(2026, 11, 19), { mood: 5 }),
    entry(at(2026, 11, 20), { mood: 1 }),
    entry(at(2026, 11, 21), { mood: 5 }),
    entry(at(2026, 11, 17), { mood: null }),
  ];

  it('gives one point per day for the last 30 days, ending today', () => {
    const series = moodSeries(entries, '30d', TODAY);
    expect(series.points).toHaveLength(30);
    expect(dayNumberToKey(series.from)).toBe('2026-10-22');
    expect(dayNumberToKey(series.to)).toBe('2026-11-20');
  });

  it('averages the moods of one day, and leaves days without a mood empty', () => {
    const series = moodSeries(entries, '30d', TODAY);
    const byKey = new Map(series.points.map((p) => [dayNumberToKey(p.day), p]));
    expect(byKey.get('2026-11-18')?.mood).toBe(3);
    expect(byKey.get('2026-11-17')?.mood).toBeNull();
    expect(byKey.get('2026-11-20')?.mood).toBe(1);
  });

  it('rolls a seven-day average that remembers the days just before the range', () => {
    const series = moodSeries(entries, '30d', TODAY);
    const byKey = new Map(series.points.map((p) => [dayNumberToKey(p.day), p]));
    expect(byKey.get('2026-10-22')?.average).toBe(5);
    expect(byKey.get('2026-10-27')?.average).toBe(5);
    expect(byKey.get('2026-10-28')?.average).toBeNull();
    expect(byKey.get('2026-11-18')?.average).toBe(3);
    expect(byKey.get('2026-11-19')?.average).toBe(4);
    expect(byKey.get('2026-11-20')?.average).toBe(3);
  });

  it('sums up the range and leaves out what happened after today', () => {
    const series = moodSeries(entries, '30d', TODAY);
    expect(series).toMatchObject({ moodDays: 3, mean: 3, lowest: 1, highest: 5 });
  });

  it('starts "all time" at the first entry', () => {
    const series = moodSeries(entries, 'all', TODAY);
    expect(dayNumberToKey(series.from)).toBe('2026-10-21');
    expect(series.points).toHaveLength(31);
    expect(series.moodDays).toBe(4);
  });

  it('covers 90 days and a year', () => {
    expect(moodSeries(entries, '90d', TODAY).points).toHaveLength(90);
    expect(moodSeries(entries, '1y', TODAY).points).toHaveLength(365);
  });

  it('shows an empty range when nothing was written', () => {
    const series = moodSeries([], 'all', TODAY);
    expect(series.points).toHaveLength(1);
    expect(series.mean).toBeNull();
  });
});

describe('the calendar', () => {
  const entries = [
    entry(at(2026, 11, 1, 9), { mood: 1, events: [HARM] }),
    entry(at(2026, 11, 1, 20), { mood: 2, events: [APOLOGY, HARM] }),
    entry(at(2026, 11, 3), { mood: 4 }),
    entry(at(2026, 11, 5), { text: 'no mood' }),
    entry(at(2026, 10, 31), { mood: 5 }),
  ];

  it('lays a month out in weeks starting on Monday', () => {
    const grid = monthGrid(entries, 2026, 10, TODAY);
    // 1 November 2026 is a Sunday: six empty cells first, six weeks in all.
    expect(grid.weeks).toHaveLength(6);
    expect(grid.weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(grid.weeks[0]?.[6]?.dayOfMonth).toBe(1);
    expect(grid.weeks[5]?.[0]?.dayOfMonth).toBe(30);
  });

  it('can start weeks on Sunday', () => {
    const grid = monthGrid(entries, 2026, 10, TODAY, 0);
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks[0]?.[0]?.dayOfMonth).toBe(1);
  });

  it('colours each day by its rounded mean mood and marks its events', () => {
    const grid = monthGrid(entries, 2026, 10, TODAY);
    const days = grid.weeks.flat().filter((d) => d !== null);
    const first = days[0];
    expect(first?.mood).toBe(2); // mean 1.5 rounds to 2
    expect(first?.events).toEqual([HARM, APOLOGY].sort());
    expect(first?.entryIds).toHaveLength(2);
    expect(days[2]?.mood).toBe(4);
    expect(days[4]?.mood).toBeNull();
    expect(days[4]?.entryIds).toHaveLength(1);
    expect(grid.daysWithEntries).toBe(3);
    expect(grid.mean).toBe(2.75);
  });

  it('gives twelve months for a year', () => {
    const year = yearGrid(entries, 2026, TODAY);
    expect(year).toHaveLength(12);
    expect(year[9]?.daysWithEntries).toBe(1);
    expect(year[10]?.daysWithEntries).toBe(3);
  });
});

describe('event marks on the calendar', () => {
  it('gives one mark per marked event, in a fixed order, and one for all others', () => {
    expect(eventMarks([])).toEqual([]);
    expect(eventMarks([NO_CONTACT, HARM])).toEqual(['harm', 'no-contact']);
    expect(eventMarks([CONTACT, APOLOGY])).toEqual(['apology', 'contact']);
    expect(eventMarks([URGE, 'mine'])).toEqual(['other']);
    expect(eventMarks([URGE, HARM, 'mine', CONTACT])).toEqual(['harm', 'contact', 'other']);
  });

  const marked = [
    entry(at(2026, 2, 14, 9), { events: [CONTACT, URGE] }),
    entry(at(2026, 2, 14, 21), { events: [CONTACT] }),
    entry(at(2026, 10, 31), { mood: 4, events: [NO_CONTACT, 'mine'] }),
    entry(at(2026, 11, 1, 9), { mood: 1, events: [HARM] }),
    entry(at(2026, 11, 1, 20), { events: [APOLOGY, HARM] }),
    entry(at(2026, 11, 4), { events: [HARM] }),
    entry(at(2026, 11, 6), { mood: 3 }),
    // After today: left out, marks and all.
    entry(at(2026, 11, 25), { events: [HARM, CONTACT] }),
  ];
  const cellsOf = (grid: { weeks: ({ dayOfMonth: number } | null)[][] }) =>
    grid.weeks.flat().filter((c) => c !== null);

  it('marks each day of the year view with its events, as the month view does', () => {
    const year = yearGrid(marked, 2026, TODAY);
    const marksOf = (month: number) =>
      Object.fromEntries(
        cellsOf(year[month] as YearMonth)
          .map((c) => c as CalendarDay)
          .filter((c) => c.marks.length > 0)
          .map((c) => [c.dayOfMonth, c.marks]),
      );
    expect(marksOf(1)).toEqual({ 14: ['contact', 'other'] });
    expect(marksOf(9)).toEqual({ 31: ['no-contact', 'other'] });
    expect(marksOf(10)).toEqual({ 1: ['harm', 'apology'], 4: ['harm'] });
    for (const month of [0, 2, 3, 4, 5, 6, 7, 8, 11]) expect(marksOf(month)).toEqual({});
    // The same marks, day for day, as the month grid of the same month.
    for (let month = 0; month < 12; month += 1) {
      expect(year[month]?.weeks).toEqual(monthGrid(marked, 2026, month, TODAY).weeks);
    }
  });

  it('counts the days each event was noted in each month, most days first', () => {
    const year = yearGrid(marked, 2026, TODAY);
    expect(year[1]?.events).toEqual([
      { id: CONTACT, days: 1 },
      { id: URGE, days: 1 },
    ]);
    expect(year[9]?.events).toEqual([
      { id: NO_CONTACT, days: 1 },
      { id: 'mine', days: 1 },
    ]);
    expect(year[10]?.events).toEqual([
      { id: HARM, days: 2 },
      { id: APOLOGY, days: 1 },
    ]);
    expect(year[0]?.events).toEqual([]);
  });

  it('gives the same year from a day summary as from the entries', () => {
    const days = summariseDays(marked, TODAY);
    expect(yearGrid(days, 2026, TODAY)).toEqual(yearGrid(marked, 2026, TODAY));
  });
});

describe('feelings', () => {
  const entries = [
    entry(at(2026, 11, 20), { feelings: [FEAR, ANXIETY, LONGING] }),
    entry(at(2026, 11, 15), { feelings: [FEAR, ANXIETY] }),
    entry(at(2026, 11, 14), { feelings: [HOPE] }),
    entry(at(2026, 11, 13), { feelings: [FEAR, HOPE] }),
    entry(at(2026, 11, 7), { feelings: [HOPE, HOPE] }),
    entry(at(2026, 11, 6), { feelings: [FEAR] }),
    entry(at(2026, 11, 21), { feelings: [FEAR] }),
  ];

  it('counts each feeling in the last week and the week before', () => {
    const result = feelingFrequencies(entries, 7, TODAY);
    expect(result.currentEntries).toBe(3);
    expect(result.previousEntries).toBe(2);
    expect(result.feelings).toEqual([
      { id: FEAR, current: 2, previous: 1 },
      { id: ANXIETY, current: 2, previous: 0 },
      { id: HOPE, current: 1, previous: 2 },
      { id: LONGING, current: 1, previous: 0 },
    ]);
  });

  it('finds the feelings that come together, most often first', () => {
    expect(feelingPairs(entries, TODAY)).toEqual([
      { a: FEAR, b: ANXIETY, together: 2 },
      { a: FEAR, b: HOPE, together: 1 },
      { a: FEAR, b: LONGING, together: 1 },
      { a: ANXIETY, b: LONGING, together: 1 },
    ]);
  });

  it('counts pairs only since the day asked for', () => {
    expect(feelingPairs(entries, TODAY, day(2026, 11, 14))).toEqual([
      { a: FEAR, b: ANXIETY, together: 2 },
      { a: FEAR, b: LONGING, together: 1 },
      { a: ANXIETY, b: LONGING, together: 1 },
    ]);
  });
});

describe('what follows what', () => {
  const entries = [
    entry(at(2026, 11, 1), { mood: 3, events: [CONTACT] }),
    entry(at(2026, 11, 2), { mood: 1, feelings: [LONGING, FEAR] }),
    entry(at(2026, 11, 3), { mood: 2, feelings: [FEAR] }),
    entry(at(2026, 11, 4), { mood: 4, feelings: [HOPE] }),
    entry(at(2026, 11, 6), { mood: 5, feelings: [RELIEF, HOPE] }),
    entry(at(2026, 11, 7), { feelings: [FEAR] }),
  ];

  it('compares the two days after contact with the other days', () => {
    const result = whatFollows(entries, CONTACT, 2, TODAY);
    expect(result.eventDays).toBe(1);
    expect(result.after).toEqual({ days: 2, moodDays: 2, mean: 1.5, entries: 2 });
    expect(result.other).toEqual({ days: 3, moodDays: 2, mean: 4.5, entries: 3 });
    expect(result.feelings).toEqual([
      { id: FEAR, after: 2, other: 1 },
      { id: LONGING, after: 1, other: 0 },
      { id: HOPE, after: 0, other: 2 },
      { id: RELIEF, after: 0, other: 1 },
    ]);
  });

  it('widens the days after when asked', () => {
    const result = whatFollows(entries, CONTACT, 3, TODAY);
    expect(result.after).toMatchObject({ days: 3, mean: 7 / 3 });
    expect(result.other).toMatchObject({ days: 2, mean: 5 });
  });

  it('says nothing follows an event never noted', () => {
    const result = whatFollows(entries, HARM, 3, TODAY);
    expect(result.eventDays).toBe(0);
    expect(result.after.days).toBe(0);
    expect(result.other.days).toBe(6);
  });
});

describe('the cycle', () => {
  // Harm on 1, 10 (twice), 20 and 28 October; apologies on 2, 12, 29 October and 3 November.
  const entries = [
    entry(at(2026, 10, 1), { mood: 1, events: [HARM] }),
    entry(at(2026, 10, 2), { mood: 3, events: [APOLOGY] }),
    entry(at(2026, 10, 10, 9), { mood: 2, events: [HARM] }),
    entry(at(2026, 10, 10, 22), { mood: 1, events: [HARM] }),
    entry(at(2026, 10, 12), { mood: 4, events: [APOLOGY] }),
    entry(at(2026, 10, 20), { mood: 1, events: [HARM] }),
    entry(at(2026, 10, 28), { mood: 2, events: [HARM] }),
    entry(at(2026, 10, 29), { mood: 3, events: [APOLOGY] }),
    entry(at(2026, 11, 3), { mood: 4, events: [APOLOGY] }),
    entry(at(2026, 11, 25), { events: [HARM] }),
  ];

  it('counts harm followed by an apology, gift or promise within three days', () => {
    const result = cycle(entries, TODAY, 3);
    expect(result.harmDays).toBe(4);
    expect(result.harmFollowedByApology).toBe(3);
  });

  it('counts apologies after which harm came again, and the calm between', () => {
    const result = cycle(entries, TODAY, 3);
    expect(result.apologyDays).toBe(4);
    expect(result.apologyFollowedByHarm).toBe(2);
    expect(result.calmGaps).toEqual([8, 8]);
    expect(result.typicalCalmDays).toBe(8);
    expect(result.fullTurns).toBe(2);
  });

  it('lists each turn of the cycle in order', () => {
    expect(cycle(entries, TODAY, 3).loops).toEqual([
      { harm: day(2026, 10, 1), apology: day(2026, 10, 2), harmAgain: day(2026, 10, 10) },
      { harm: day(2026, 10, 10), apology: day(2026, 10, 12), harmAgain: day(2026, 10, 20) },
      { harm: day(2026, 10, 20), apology: null, harmAgain: null },
      { harm: day(2026, 10, 28), apology: day(2026, 10, 29), harmAgain: null },
    ]);
  });

  it('narrows with a shorter window', () => {
    expect(cycle(entries, TODAY, 1).harmFollowedByApology).toBe(2);
    expect(cycle(entries, TODAY, 0).harmFollowedByApology).toBe(0);
  });

  it('counts an apology on the same day as the harm', () => {
    const sameDay = [
      entry(at(2026, 11, 1, 8), { events: [HARM] }),
      entry(at(2026, 11, 1, 20), { events: [APOLOGY] }),
    ];
    expect(cycle(sameDay, TODAY, 0)).toMatchObject({
      harmDays: 1,
      harmFollowedByApology: 1,
      apologyFollowedByHarm: 0,
      typicalCalmDays: null,
    });
  });

  it('takes the middle of an even number of calm spells', () => {
    const data = [
      entry(at(2026, 9, 1), { events: [HARM] }),
      entry(at(2026, 9, 2), { events: [APOLOGY] }),
      entry(at(2026, 9, 6), { events: [HARM] }),
      entry(at(2026, 9, 7), { events: [APOLOGY] }),
      entry(at(2026, 9, 17), { events: [HARM] }),
    ];
    const result = cycle(data, TODAY);
    expect(result.calmGaps).toEqual([4, 10]);
    expect(result.typicalCalmDays).toBe(7);
  });
});

describe('no contact', () => {
  it('says how many days since the last noted contact, and the no-contact days since', () => {
    const entries = [
      entry(at(2026, 11, 3), { events: [CONTACT] }),
      entry(at(2026, 11, 5), { events: [NO_CONTACT] }),
      entry(at(2026, 11, 10), { events: [CONTACT] }),
      entry(at(2026, 11, 12), { events: [NO_CONTACT] }),
      entry(at(2026, 11, 13, 8), { events: [NO_CONTACT] }),
      entry(at(2026, 11, 13, 20), { events: [NO_CONTACT] }),
    ];
    expect(contactInfo(entries, TODAY)).toEqual({
      lastContact: day(2026, 11, 10),
      daysSinceContact: 10,
      noContactDaysSince: 2,
    });
  });

  it('says zero days when contact was today', () => {
    const entries = [entry(at(2026, 11, 20, 7), { events: [CONTACT] })];
    expect(contactInfo(entries, TODAY)?.daysSinceContact).toBe(0);
  });

  it('counts no-contact days when no contact was ever noted', () => {
    const entries = [
      entry(at(2026, 11, 12), { events: [NO_CONTACT] }),
      entry(at(2026, 11, 14), { events: [NO_CONTACT] }),
    ];
    expect(contactInfo(entries, TODAY)).toEqual({
      lastContact: null,
      daysSinceContact: null,
      noContactDaysSince: 2,
    });
  });

  it('has nothing to say when neither was noted', () => {
    expect(contactInfo([entry(at(2026, 11, 12), { mood: 3 })], TODAY)).toBeNull();
  });
});

describe('remembering the whole story', () => {
  const oct1 = entry(at(2026, 10, 1), { mood: 1, text: 'The door slammed.' });
  const oct5 = entry(at(2026, 10, 5, 9), { mood: 3, events: [HARM], text: 'Shouting again.' });
  const oct5Late = entry(at(2026, 10, 5, 21), { mood: 2, text: 'Could not sleep.' });
  const oct8Blank = entry(at(2026, 10, 8), { mood: 1, text: '  ' });
  const oct9Good = entry(at(2026, 10, 9), { mood: 4, text: 'A walk.' });
  const oct20 = entry(at(2026, 10, 20), { mood: 2, text: 'Kept my phone hidden.' });
  const nov1 = entry(at(2026, 11, 1), { mood: 1, text: 'Cried in the car.' });
  const later = entry(at(2026, 11, 25), { mood: 1, text: 'Not yet written.' });
  const all = [oct1, oct5, oct5Late, oct8Blank, oct9Good, oct20, nov1, later];
  const ids = (items: { entry: { id: string } }[]) => items.map((s) => s.entry.id);

  it('offers harm first, then the hardest days, newest first', () => {
    const longing = entry(at(2026, 11, 20), { feelings: [LONGING] });
    expect(ids(storyFor(longing, [...all, longing]))).toEqual([nov1.id, oct5.id, oct1.id]);
  });

  it('answers an urge to go back and contact too', () => {
    expect(storyFor(entry(at(2026, 11, 20), { events: [URGE] }), all)).toHaveLength(3);
    expect(storyFor(entry(at(2026, 11, 20), { events: [CONTACT] }), all)).toHaveLength(3);
  });

  it('offers nothing for an entry without longing, an urge or contact', () => {
    expect(storyFor(entry(at(2026, 11, 20), { mood: 1, feelings: [FEAR] }), all)).toEqual([]);
  });

  it('offers only what came before the entry, one entry a day, and all of it when there is little', () => {
    const early = entry(at(2026, 10, 6), { feelings: [LONGING] });
    expect(ids(storyFor(early, all))).toEqual([oct5.id, oct1.id]);
  });
});

describe('everything at once', () => {
  it('computes every part of the view', () => {
    const entries = [
      entry(at(2026, 11, 1), { mood: 1, events: [HARM], feelings: [FEAR, ANXIETY] }),
      entry(at(2026, 11, 2), { mood: 3, events: [APOLOGY], feelings: [HOPE] }),
    ];
    const result = computePatterns(
      entries,
      {
        range: '30d',
        feelingPeriodDays: 30,
        followEventId: HARM,
        followDays: 3,
        apologyWithinDays: 3,
        calendarYear: 2026,
        calendarMonth: 10,
      },
      TODAY,
    );
    expect(result.cycle.harmFollowedByApology).toBe(1);
    expect(result.month.daysWithEntries).toBe(2);
    expect(result.pairs).toEqual([{ a: FEAR, b: ANXIETY, together: 1 }]);
    expect(result.follows.after.mean).toBe(3);
    expect(result.contact).toBeNull();
  });
});
