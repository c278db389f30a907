import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  dayNumberToKey,
  dayTime,
  noonOfDayKey,
  startOfDayKey,
  toDayKey,
} from '../../../src/lib/dayKey';

describe('day keys', () => {
  const evening = new Date(2026, 10, 22, 23, 30).getTime();

  it('name the local calendar day of a time, padded', () => {
    expect(toDayKey(new Date(2026, 0, 5, 0, 1).getTime())).toBe('2026-01-05');
    expect(toDayKey(evening)).toBe('2026-11-22');
  });

  it('turn back into the start and the noon of that local day', () => {
    expect(startOfDayKey('2026-11-22')).toBe(new Date(2026, 10, 22).getTime());
    expect(noonOfDayKey('2026-11-22')).toBe(new Date(2026, 10, 22, 12).getTime());
  });

  it('agree with day numbers both ways', () => {
    const day = dayNumber(evening);
    expect(dayNumberToKey(day)).toBe('2026-11-22');
    expect(toDayKey(dayTime(day))).toBe('2026-11-22');
    expect(dayNumber(startOfDayKey('2026-11-22'))).toBe(day);
  });
});
