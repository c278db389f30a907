/** Shared fast-check arbitraries for unit tests (a plain module: importing it runs no tests). */
import fc from 'fast-check';
import { type Attachment, decodeAttachment } from '../../src/storage/attachmentCodec';
import {
  decodeResource,
  decodeSafetyPlan,
  decodeSelfCheck,
} from '../../src/storage/reflectSafetyCodec';
import { SAFETY_PLAN_ID } from '../../src/storage/reflectSafetyRepo';
import {
  type DeletableTable,
  type Deletion,
  deletionId,
  newDeletion,
} from '../../src/storage/deletions';
import type {
  Resource,
  SafetyPlan,
  SelfCheck,
  SignRating,
} from '../../src/storage/reflectSafetyTypes';
import { decodeDraft, decodeEntry, decodeSettings, decodeTag } from '../../src/storage/codec';
import { decodeVersion, type EntryVersion, newVersion } from '../../src/storage/versions';
import {
  type Draft,
  type Entry,
  type Mood,
  NEW_DRAFT_ID,
  type ReframeChoice,
  type Settings,
  type Tag,
  type TagKind,
} from '../../src/storage/types';

const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constant(''),
  fc.constant('<script>alert(1)</script> \u202e\u0000 👩🏽‍💻 ﷽'),
  // Long text from a repeated odd piece: building 50,000 random characters one by one made
  // every property that uses this arbitrary slow enough to time out on a busy machine.
  fc
    .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), fc.nat({ max: 10_000 }))
    .map(([piece, extra]) => piece.repeat(Math.ceil((50_000 + extra) / piece.length))),
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
    harm: fc.record(
      {
        place: fc.string({ maxLength: 60 }),
        witnesses: fc.string({ maxLength: 60 }),
        reportNumber: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    ),
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

/* ---------- Every record type a backup holds ---------- */

const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
/**
 * When a record changed: often one of two times, so two journals' records tie or differ.
 * Always in the past: an import holds a change dated later than now to now (payload.ts).
 */
const changed = fc.oneof(
  fc.constantFrom(1_700_000_000_000, 1_750_000_000_000),
  fc.integer({ min: 0, max: 1_760_000_000_000 }),
);
const shortText = fc.string({ unit: 'binary', maxLength: 120 });
const mood = fc.constantFrom<Mood | null>(null, 1, 2, 3, 4, 5);
const tagIds = fc.array(fc.constantFrom('f01', 'f06', 'e01', 'e02', 'mine'), { maxLength: 4 });
const prompt = fc.option(fc.string({ maxLength: 40 }), { nil: undefined });

/**
 * Ids drawn partly from a few shared ones, so two journals made from these often hold the
 * same record (which a merge must keep once), and partly from anything Keel accepts.
 */
function idFrom(shared: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...shared),
    fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 }),
  );
}

/** The value as the decoder gives it back (a missing optional field is left out). */
function decoded<T>(arb: fc.Arbitrary<unknown>, decode: (value: unknown) => T): fc.Arbitrary<T> {
  return arb.map(decode);
}

export const arbitraryBackupEntry: fc.Arbitrary<Entry> = decoded(
  fc.record({
    id: idFrom(['n1', 'n2', 'n3']),
    createdAt: time,
    updatedAt: changed,
    happenedAt: time,
    text: shortText,
    mood,
    feelings: tagIds,
    events: tagIds,
    prompt,
  }),
  decodeEntry,
);

export const arbitraryDraft: fc.Arbitrary<Draft> = decoded(
  fc.record({
    id: idFrom([NEW_DRAFT_ID, 'n1']),
    createdAt: time,
    updatedAt: changed,
    entryId: fc.option(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 }), {
      nil: null,
    }),
    happenedAt: time,
    text: shortText,
    mood,
    feelings: tagIds,
    events: tagIds,
    prompt,
  }),
  decodeDraft,
);

export const arbitraryTag: fc.Arbitrary<Tag> = decoded(
  fc.record({
    id: idFrom(['e01', 'e02', 'f01', 'f06']),
    kind: fc.constantFrom<TagKind>('feeling', 'event'),
    name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((s) => s.trim() || 'x'),
    hidden: fc.boolean(),
    order: fc.integer({ min: -5, max: 50 }),
    createdAt: time,
    // Absent on the starting tags and on tags stored before Keel kept it.
    updatedAt: fc.option(changed, { nil: undefined }),
  }),
  decodeTag,
);

export const arbitrarySettings: fc.Arbitrary<Settings> = decoded(
  fc.record({
    exitUrl: fc.constantFrom('https://www.bbc.com/weather', 'https://example.org/recipes'),
    tabTitle: fc.string({ maxLength: 40 }),
    idleLockMinutes: fc.integer({ min: 0, max: 1440 }),
    lockWhenHidden: fc.boolean(),
    reframes: fc.constantFrom<ReframeChoice>('ask', 'on', 'off'),
    rememberStory: fc.constantFrom('ask' as const, 'on' as const, 'off' as const),
    lastBackupAt: fc.option(time, { nil: null }),
    updatedAt: fc.option(changed, { nil: undefined }),
  }),
  decodeSettings,
);

const signIds = Array.from({ length: 16 }, (_, i) => `s${String(i + 1).padStart(2, '0')}`);

export const arbitrarySelfCheck: fc.Arbitrary<SelfCheck> = decoded(
  fc.record({
    id: idFrom(['c1', 'c2']),
    createdAt: time,
    updatedAt: fc.option(changed, { nil: undefined }),
    answers: fc.dictionary(fc.constantFrom(...signIds), fc.constantFrom<SignRating>(0, 1, 2), {
      maxKeys: 16,
    }),
  }),
  decodeSelfCheck,
);

const planText = fc.string({ unit: 'grapheme', maxLength: 80 });

/** The one safety plan (its id is always the plan's own, p1). */
export const arbitrarySafetyPlan: fc.Arbitrary<SafetyPlan> = decoded(
  fc.record({
    id: fc.constant(SAFETY_PLAN_ID),
    createdAt: time,
    updatedAt: changed,
    people: fc.array(
      fc.record({ id: fc.uuid(), name: planText, reach: planText, knows: planText }),
      { maxLength: 3 },
    ),
    places: planText,
    take: fc.uniqueArray(fc.constantFrom('t01', 't02', 't03', 't04', 't05', 't06', 't07')),
    takeNotes: planText,
    codeWord: fc.string({ maxLength: 20 }),
    codeWordMeaning: planText,
    leaving: planText,
    after: fc.uniqueArray(fc.constantFrom('a01', 'a02', 'a03', 'a04')),
    afterNotes: planText,
  }),
  decodeSafetyPlan,
);

export const arbitraryResource: fc.Arbitrary<Resource> = decoded(
  fc.record({
    id: idFrom(['r01', 'r02', 'r03']),
    createdAt: time,
    updatedAt: changed,
    country: fc.constantFrom('United States', 'United Kingdom', ''),
    name: planText,
    call: fc.string({ maxLength: 20 }),
    text: fc.string({ maxLength: 20 }),
    textBody: fc.string({ maxLength: 20 }),
    note: planText,
    order: fc.integer({ min: 0, max: 40 }),
    builtin: fc.boolean(),
    removed: fc.boolean(),
  }),
  decodeResource,
);

/** A deletion marker, mostly for the shared ids above, so it meets records of either journal. */
export const arbitraryDeletion: fc.Arbitrary<Deletion> = fc.oneof(
  ...(
    [
      ['entries', ['n1', 'n2', 'n3']],
      ['selfChecks', ['c1', 'c2']],
      ['resources', ['r01', 'r02', 'r03']],
    ] as const
  ).map(([table, shared]) =>
    fc.tuple(idFrom(shared), changed).map(([id, at]) => newDeletion(table, id, at)),
  ),
);

/** An attachment's sealed description (its bytes travel apart from the records). */
export const arbitraryAttachment: fc.Arbitrary<Attachment> = decoded(
  fc.record({
    id: fc.uuid().map((id) => `att-${id}`),
    kind: fc.constantFrom('image' as const, 'audio' as const),
    type: fc.constantFrom('image/jpeg', 'image/png', 'audio/webm;codecs=opus'),
    size: fc.integer({ min: 1, max: 25 * 1024 * 1024 }),
    sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
    key: fc
      .uint8Array({ minLength: 32, maxLength: 32 })
      .map((b) => Buffer.from(b).toString('base64')),
    description: oddText.map((text) => text.slice(0, 2000)),
    hasLocation: fc.boolean(),
    thumb: fc.option(
      fc.record({ type: fc.constant('image/jpeg'), size: fc.integer({ min: 1, max: 40_000 }) }),
    ),
    createdAt: fc.integer({ min: 0, max: 2_000_000_000_000 }),
    updatedAt: changed,
  }),
  decodeAttachment,
);

/** An earlier version of one of the shared entries (or another), replaced some time after. */
export const arbitraryVersion: fc.Arbitrary<EntryVersion> = decoded(
  fc
    .tuple(arbitraryBackupEntry, fc.integer({ min: 0, max: 1_000_000 }), fc.uuid())
    .map(([entry, later, suffix]) => newVersion(entry, entry.updatedAt + later, suffix)),
  decodeVersion,
);

/** A whole journal: every record type a backup holds, each id once per table. */
export interface ArbitraryJournal {
  entries: Entry[];
  drafts: Draft[];
  tags: Tag[];
  settings?: Settings;
  selfChecks: SelfCheck[];
  safetyPlan?: SafetyPlan;
  resources: Resource[];
  deletions: Deletion[];
  attachments: Attachment[];
  versions: EntryVersion[];
}

/**
 * As the app leaves a journal: a record that has a marker of its own was edited after the
 * deletion (an older one would have been deleted with it).
 */
function consistent(journal: ArbitraryJournal): ArbitraryJournal {
  const deletedAt = new Map(journal.deletions.map((d) => [d.id, d.deletedAt]));
  const after =
    (table: DeletableTable) =>
    <T extends { id: string; updatedAt?: number }>(record: T): T => {
      const at = deletedAt.get(deletionId(table, record.id));
      return at !== undefined && (record.updatedAt ?? 0) <= at
        ? { ...record, updatedAt: at + 1 }
        : record;
    };
  // Versions go with their deleted entry (one edited after its deletion keeps them).
  const kept = new Set(journal.entries.map((e) => e.id));
  return {
    ...journal,
    versions: journal.versions.filter(
      (x) => kept.has(x.entryId) || !deletedAt.has(deletionId('entries', x.entryId)),
    ),
    entries: journal.entries.map(after('entries')),
    selfChecks: journal.selfChecks.map(after('selfChecks')),
    resources: journal.resources.map(after('resources')),
  };
}

export const arbitraryJournal: fc.Arbitrary<ArbitraryJournal> = fc
  .record(
    {
      entries: fc.uniqueArray(arbitraryBackupEntry, { selector: (e) => e.id, maxLength: 8 }),
      drafts: fc.uniqueArray(arbitraryDraft, { selector: (d) => d.id, maxLength: 3 }),
      tags: fc.uniqueArray(arbitraryTag, { selector: (t) => t.id, maxLength: 5 }),
      settings: arbitrarySettings,
      selfChecks: fc.uniqueArray(arbitrarySelfCheck, { selector: (c) => c.id, maxLength: 3 }),
      safetyPlan: arbitrarySafetyPlan,
      resources: fc.uniqueArray(arbitraryResource, { selector: (r) => r.id, maxLength: 4 }),
      deletions: fc.uniqueArray(arbitraryDeletion, { selector: (d) => d.id, maxLength: 4 }),
      attachments: fc.uniqueArray(arbitraryAttachment, { selector: (a) => a.id, maxLength: 2 }),
      // One version per entry and time written, as the app keeps them.
      versions: fc.uniqueArray(arbitraryVersion, {
        selector: (x) => `${x.entryId}@${x.entry.updatedAt}`,
        maxLength: 4,
      }),
    },
    {
      requiredKeys: [
        'entries',
        'drafts',
        'tags',
        'selfChecks',
        'resources',
        'deletions',
        'attachments',
        'versions',
      ],
    },
  )
  .map(consistent);
