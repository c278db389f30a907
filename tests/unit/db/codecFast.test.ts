import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decodeEntry, EntrySchema } from '../../../src/storage/codec';
import { arbitraryEntry } from '../arbitraries';

/** What valibot alone makes of a value: the decoded entry, or 'rejected'. */
function bySchema(value: unknown): unknown {
  const result = v.safeParse(EntrySchema, value);
  if (!result.success) return 'rejected';
  const out: Record<string, unknown> = { ...result.output };
  if (out['prompt'] === undefined) delete out['prompt'];
  if (out['harm'] === undefined) delete out['harm'];
  else {
    const harm = { ...(out['harm'] as Record<string, unknown>) };
    for (const field of Object.keys(harm)) if (harm[field] === undefined) delete harm[field];
    out['harm'] = harm;
  }
  return out;
}

function byDecoder(value: unknown): unknown {
  try {
    return decodeEntry(value);
  } catch {
    return 'rejected';
  }
}

const odd = fc.oneof(
  fc.anything(),
  fc.constantFrom(-1, 0.5, Number.NaN, Infinity, 8.64e15 + 1, '', 'x'.repeat(101), 6, 0, [], {}),
);

/** A valid entry with one field replaced by something odd, dropped, or an extra key added. */
const nearlyEntry = fc
  .tuple(
    arbitraryEntry,
    fc.constantFrom(
      'id',
      'createdAt',
      'updatedAt',
      'happenedAt',
      'text',
      'mood',
      'feelings',
      'events',
      'prompt',
      'harm',
      'extra',
      'constructor',
      'prototype',
    ),
    odd,
    fc.boolean(),
  )
  .map(([entry, key, value, drop]) => {
    const out: Record<string, unknown> = { ...entry };
    if (drop) delete out[key];
    else out[key] = key === 'feelings' || key === 'events' ? [...entry.feelings, value] : value;
    return out;
  });

describe('decoding an entry on unlock', () => {
  it('accepts and rejects exactly what the entry schema does, and keeps the same fields', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryEntry, nearlyEntry, fc.anything()), (value) => {
        expect(byDecoder(value)).toEqual(bySchema(value));
      }),
      { numRuns: 500 },
    );
  });

  it('gives back an entry that shares no arrays with what was decrypted, and keeps newer fields', () => {
    const raw = {
      id: 'a',
      createdAt: 1,
      updatedAt: 1,
      happenedAt: 1,
      text: 'hello',
      mood: 3,
      feelings: ['f'],
      events: [],
      surprise: true,
    };
    const entry = decodeEntry(raw);
    expect(entry).toHaveProperty('surprise', true);
    expect(entry.feelings).not.toBe(raw.feelings);
  });

  it('never takes a __proto__ field from decrypted JSON', () => {
    const raw = JSON.parse(
      '{"id":"a","createdAt":1,"updatedAt":1,"happenedAt":1,"text":"hi","mood":null,"feelings":[],"events":[],"__proto__":{"polluted":true}}',
    ) as unknown;
    const entry = decodeEntry(raw);
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(Object.keys(entry)).not.toContain('__proto__');
    expect((entry as unknown as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
