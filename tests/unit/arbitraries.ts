/** Shared fast-check arbitraries for unit tests (a plain module: importing it runs no tests). */
import fc from 'fast-check';
import type { Entry, Mood } from '../../src/db/types';

const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constant(''),
  fc.constant('<script>alert(1)</script> \u202e\u0000 👩🏽‍💻 ﷽'),
  fc.string({ minLength: 50_000, maxLength: 60_000 }),
);

/** Any entry Keel accepts: empty, huge or odd Unicode text, with or without a prompt. */
export const arbitraryEntry: fc.Arbitrary<Entry> = fc.record(
  {
    id: fc.uuid(),
    createdAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    updatedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    happenedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    text: oddText,
    mood: fc.option(fc.constantFrom<Mood>(1, 2, 3, 4, 5), { nil: null }),
    feelings: fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 6 }),
    events: fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 6 }),
    prompt: fc.string({ maxLength: 100 }),
  },
  {
    requiredKeys: [
      'id',
      'createdAt',
      'updatedAt',
      'happenedAt',
      'text',
      'mood',
      'feelings',
      'events',
    ],
  },
);
