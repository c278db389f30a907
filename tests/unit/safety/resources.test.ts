import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../src/storage/reflectSafetyTypes';
import {
  groupByCountry,
  missingStarters,
  smsHref,
  startersToPutBack,
  startingResources,
  telHref,
  US,
} from '../../../src/features/safety/resources';
import { toggle } from '../../../src/features/safety/plan';

function own(patch: Partial<Resource>): Resource {
  return { ...startingResources(1)[0]!, id: 'x', builtin: false, ...patch };
}

describe('call and text links', () => {
  it('dial digits only, keeping a leading plus', () => {
    expect(telHref('1-800-799-7233')).toBe('tel:18007997233');
    expect(telHref('+44 808 2000 247')).toBe('tel:+448082000247');
    expect(telHref('911')).toBe('tel:911');
  });

  it('make no link from an empty or wordless number', () => {
    expect(telHref('')).toBeNull();
    expect(telHref('call them')).toBeNull();
    expect(smsHref('', 'START')).toBeNull();
  });

  it('put the word to send in the text, encoded', () => {
    expect(smsHref('88788', 'START')).toBe('sms:88788?body=START');
    expect(smsHref('22522', 'LOVE IS')).toBe('sms:22522?body=LOVE%20IS');
    expect(smsHref('22522', ' ')).toBe('sms:22522');
  });
});

describe('the starting list', () => {
  it('holds the United States numbers with opaque ids', () => {
    const list = startingResources(1);
    expect(list.map((r) => r.call)).toEqual([
      '911',
      '1-800-799-7233',
      '1-800-787-3224',
      '1-866-331-9474',
      '1-800-656-4673',
      '1-888-373-7888',
      '988',
    ]);
    expect(list.every((r) => r.country === US && /^r\d\d$/.test(r.id))).toBe(true);
  });

  it('offers only the starters not yet stored, removed ones included as stored', () => {
    const stored = [{ ...startingResources(1)[1]!, removed: true }];
    const missing = missingStarters(stored, 2);
    expect(missing).toHaveLength(6);
    expect(missing.some((r) => r.id === stored[0]!.id)).toBe(false);
  });

  it('puts back only starters that were removed or are missing, as Keel first offered them', () => {
    const [emergency, hotline, tty, love, rainn] = startingResources(1);
    const stored: Resource[] = [
      { ...emergency!, call: '112', country: 'Ireland', updatedAt: 5 }, // edited: kept
      { ...hotline!, note: 'Ask for the evening line', removed: true, updatedAt: 6 }, // removed
      tty!, // untouched: nothing to do
      { ...love!, removed: false, name: 'My local line', updatedAt: 7 }, // edited: kept
      // rainn, trafficking and 988 are missing altogether
      own({ id: 'mine', name: 'My sister', call: '555 0199' }),
    ];
    const back = startersToPutBack(stored, 9);
    expect(back.map((r) => r.id)).toEqual([hotline!.id, rainn!.id, 'r06', 'r07']);
    // The removed one comes back as Keel offered it, keeping when it was first stored.
    expect(back[0]).toEqual({ ...startingResources(9)[1]!, createdAt: hotline!.createdAt });
    expect(back.every((r) => r.builtin && !r.removed)).toBe(true);
    expect(back.some((r) => r.id === emergency!.id || r.id === love!.id || r.id === 'mine')).toBe(
      false,
    );
    expect(startersToPutBack(startingResources(1), 2)).toEqual([]);
  });

  it('groups by country with the United States first and leaves removed ones out', () => {
    const list = [
      own({ id: 'b', country: 'Ireland', order: 9 }),
      ...startingResources(1).map((r, i) => (i === 0 ? { ...r, removed: true } : r)),
      own({ id: 'a', country: 'Canada', order: 8 }),
      own({ id: 'c', country: '  ', order: 10 }),
    ];
    const groups = groupByCountry(list);
    expect(groups.map(([country]) => country)).toEqual([US, 'Canada', 'Ireland', 'Other']);
    expect(groups[0]![1]).toHaveLength(6);
  });

  it('offers the 988 Suicide & Crisis Lifeline to call or text, just after emergency services', () => {
    const [group] = groupByCountry(startingResources(1));
    const names = group![1].map((r) => r.name);
    expect(names.slice(0, 2)).toEqual(['Emergency services', '988 Suicide & Crisis Lifeline']);
    const lifeline = group![1][1]!;
    expect(telHref(lifeline.call)).toBe('tel:988');
    expect(smsHref(lifeline.text, lifeline.textBody)).toBe('sms:988');
  });
});

describe('plan checklists', () => {
  it('tick and untick an item once', () => {
    expect(toggle(['t01'], 't02', true)).toEqual(['t01', 't02']);
    expect(toggle(['t01', 't02'], 't01', false)).toEqual(['t02']);
    expect(toggle(['t01'], 't01', true)).toEqual(['t01']);
  });
});
