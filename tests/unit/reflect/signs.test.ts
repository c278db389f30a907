import { describe, expect, it } from 'vitest';
import {
  ALL_SIGNS,
  compareChecks,
  reflectOn,
  SAFETY_SIGNS,
  SIGNS,
} from '../../../src/features/reflect/signs';
import english, { type MessageKey } from '../../../src/ui/i18n/messages/en';

/** A statement's English words (the signs hold catalogue keys). */
const inEnglish = (key: MessageKey | undefined) => (key ? String(english[key]) : '');

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

  it('keeps every sign id unique, the safety signs included', () => {
    expect(new Set(ALL_SIGNS.map((s) => s.id)).size).toBe(ALL_SIGNS.length);
  });

  it('keeps the ids saved by earlier versions for the same statements', () => {
    expect(SIGNS.map((s) => s.id)).toEqual(
      Array.from({ length: 16 }, (_, i) => `s${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('compares the safety signs too', () => {
    expect(compareChecks({ s18: 1 }, { s18: 2 }).grown.map((c) => c.sign.id)).toEqual(['s18']);
  });
});

describe('what a check-in gives back', () => {
  it('lists what was marked sometimes or often, in the order asked, and nothing else', () => {
    const { noted, safety } = reflectOn({ s13: 1, s01: 2, s02: 0 });
    expect(noted.map((n) => [n.sign.id, n.rating])).toEqual([
      ['s01', 2],
      ['s13', 1],
    ]);
    expect(safety).toEqual([]);
  });

  it('picks out the signs about safety, each with a calm word of its own', () => {
    const { safety } = reflectOn({ s17: 1, s23: 2, s05: 1 });
    expect(safety.map((n) => n.sign.id)).toEqual(['s17', 's23']);
    for (const sign of SAFETY_SIGNS) {
      expect(inEnglish(sign.safety)).toBeTruthy();
      expect(inEnglish(sign.safety)).not.toMatch(/score|risk level|you must|you should leave/i);
    }
  });

  it('asks about each of the signs advocates treat as most serious', () => {
    const asked = SAFETY_SIGNS.map((s) => inEnglish(s.statement)).join(' ');
    for (const words of [
      /threatened to kill/,
      /choked or strangled/,
      /weapon/,
      /follow me, watch me/,
      /getting worse, or happening more often/,
      /end their own life/,
      /children or my pets/,
    ]) {
      expect(asked).toMatch(words);
    }
  });

  it('passes over ids it does not know, from a newer or older version', () => {
    expect(reflectOn({ s99: 2 } as never).noted).toEqual([]);
  });
});
