import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DraftSchema, EntrySchema, SettingsSchema, TagSchema } from '../../../src/storage/codec';
import {
  quickDraft,
  quickEntry,
  quickSettings,
  quickTag,
} from '../../../src/storage/quickDecoders';
import { TAG_DECODER } from '../../../src/storage/openingDecoders';
import { openRows, sealRow } from '../../../src/storage/sealedRows';
import { arbitraryDraft, arbitraryEntry, arbitrarySettings, arbitraryTag } from '../arbitraries';

/** What valibot alone makes of a value (undefined fields left out, as codec.ts does), or 'rejected'. */
function bySchema(schema: v.GenericSchema, value: unknown): unknown {
  const result = v.safeParse(schema, value);
  if (!result.success) return 'rejected';
  const out: Record<string, unknown> = { ...(result.output as object) };
  for (const field of Object.keys(out)) if (out[field] === undefined) delete out[field];
  if (out['harm']) {
    const harm = { ...(out['harm'] as Record<string, unknown>) };
    for (const field of Object.keys(harm)) if (harm[field] === undefined) delete harm[field];
    out['harm'] = harm;
  }
  return out;
}

/** Values a field can be given that a schema may refuse, fix or read differently. */
const ODD: unknown[] = [
  -1,
  0.5,
  Number.NaN,
  Infinity,
  8.64e15 + 1,
  '',
  ' padded ',
  'x'.repeat(101),
  6,
  0,
  1441,
  true,
  false,
  null,
  [],
  {},
  { count: 2, lastAt: 5 },
  { count: 0, lastAt: 5 },
  'ask',
  'waiting',
  'maybe',
  'http://example.org/',
  'https://example.org/',
];

/** Each valid record with each field dropped, or given each odd value, or an extra key added. */
function variants(valid: object[], fields: string[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const record of valid) {
    for (const key of [...fields, 'extra', 'constructor', 'prototype']) {
      const dropped: Record<string, unknown> = { ...record };
      delete dropped[key];
      out.push(dropped);
      for (const value of ODD) out.push({ ...record, [key]: value });
    }
  }
  return out;
}

const WRITTEN = [
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
];
const CASES = [
  {
    kind: 'an entry',
    quick: quickEntry,
    schema: EntrySchema,
    valid: arbitraryEntry,
    fields: WRITTEN,
  },
  {
    kind: 'a draft',
    quick: quickDraft,
    schema: DraftSchema,
    valid: arbitraryDraft,
    fields: [...WRITTEN, 'entryId', 'base'],
  },
  {
    kind: 'a tag',
    quick: quickTag,
    schema: TagSchema,
    valid: arbitraryTag,
    fields: ['id', 'kind', 'name', 'hidden', 'order', 'createdAt', 'updatedAt'],
  },
  {
    kind: 'the settings',
    quick: quickSettings,
    schema: SettingsSchema,
    // As decodeSettings reads them: no settings at all are the defaults.
    input: (value: unknown) => value ?? {},
    valid: arbitrarySettings,
    fields: [
      'updatedAt',
      'exitUrl',
      'tabTitle',
      'idleLockMinutes',
      'lockWhenHidden',
      'reframes',
      'rememberStory',
      'lastBackupAt',
      'passphraseOffer',
      'country',
      'failedTries',
    ],
  },
];

describe('the quick decoders read at start-up, without valibot', () => {
  for (const { kind, quick, schema, valid, fields, input = (value: unknown) => value } of CASES) {
    const agrees = (value: unknown) => {
      const read = quick(value);
      if (read !== null) expect(read).toEqual(bySchema(schema, input(value)));
    };
    it(`read ${kind} exactly as its schema does, or leave it to the schema`, () => {
      const records = fc.sample(valid as fc.Arbitrary<object>, { numRuns: 10, seed: 18 });
      for (const value of variants(records, fields)) agrees(value);
      fc.assert(fc.property(fc.oneof(valid, fc.anything()), agrees), { numRuns: 300 });
    });
  }

  it('read the usual records themselves (valibot is not needed to open a journal)', () => {
    fc.assert(
      fc.property(arbitraryEntry, arbitraryDraft, arbitrarySettings, (entry, draft, settings) => {
        // Details of harm are few: valibot reads those.
        expect(quickEntry(entry) === null).toBe(entry.harm !== undefined);
        expect(quickDraft(draft)).not.toBeNull();
        expect(quickSettings(settings)).not.toBeNull();
      }),
    );
    expect(
      quickTag({ id: 't', kind: 'feeling', name: 'calm', hidden: false, order: 0, createdAt: 1 }),
    ).not.toBeNull();
  });

  it('never take a __proto__ field from decrypted JSON', () => {
    const raw = JSON.parse(
      '{"id":"t","kind":"event","name":"n","hidden":false,"order":1,"createdAt":1,"__proto__":{"polluted":true}}',
    ) as unknown;
    const tag = quickTag(raw);
    expect(Object.getPrototypeOf(tag)).toBe(Object.prototype);
    expect((tag as unknown as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('opening rows with a quick decoder', () => {
  it('gives what the quick check declines to the full decoder, in the rows’ order', async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    const tag = (id: string, name: string) => ({
      id,
      kind: 'feeling',
      name,
      hidden: false,
      order: 0,
      createdAt: 1,
    });
    // The middle one stored by an older Keel with spaces around the name: valibot trims them.
    const rows = await Promise.all([
      sealRow(key, 'tags', 'a', 1, tag('a', 'calm')),
      sealRow(key, 'tags', 'b', 1, tag('b', '  tired ')),
      sealRow(key, 'tags', 'c', 1, tag('c', 'hopeful')),
    ]);
    expect(quickTag(tag('b', '  tired '))).toBeNull();
    const opened = await openRows(key, 'tags', rows, TAG_DECODER);
    expect(opened.unreadable).toBe(0);
    expect(opened.values.map((t) => [t.id, t.name])).toEqual([
      ['a', 'calm'],
      ['b', 'tired'],
      ['c', 'hopeful'],
    ]);
    expect(opened.from.map((row) => row.id)).toEqual(['a', 'b', 'c']);
  });
});
