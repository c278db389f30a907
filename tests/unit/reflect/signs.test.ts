import { describe, expect, it } from 'vitest';
import { compareChecks, SIGNS } from '../../../src/reflect/signs';

describe('comparing two check-ins', () => {
  it('lists the signs that eased and the ones that grew, and counts the rest', () => {
    const result = compareChecks(
      { s01: 2, s02: 1, s03: 0, s04: 1 },
      { s01: 1, s02: 2, s03: 0, s04: 1 },
    );
    expect(result.eased.map((c) => [c.sign.id, c.from, c.to])).toEqual([['s01', 2, 1]]);
    expect(result.grown.map((c) => [c.sign.id, c.from, c.to])).toEqual([['s02', 1, 2]]);
    expect(result.same).toBe(2);
  });

  it('compares only signs answered both times', () => {
    const result = compareChecks({ s01: 2 }, { s01: 2, s02: 2 });
    expect(result).toEqual({ eased: [], grown: [], same: 1 });
  });

  it('finds nothing to compare between empty check-ins', () => {
    expect(compareChecks({}, {})).toEqual({ eased: [], grown: [], same: 0 });
  });

  it('keeps every sign id unique', () => {
    expect(new Set(SIGNS.map((s) => s.id)).size).toBe(SIGNS.length);
  });
});
