/**
 * Validating decoders for every record kind. Decrypted JSON is untrusted until it
 * passes these (it may come from an older version of Keel or from a backup file).
 */
import * as v from 'valibot';
import { checkExitUrl } from '../lib/exitUrl';
import { LIMITS } from './limits';
import { quickDraft, quickEntry, quickSettings, quickTag } from './quickDecoders';
import {
  DEFAULT_SETTINGS,
  type Draft,
  type Entry,
  type Mood,
  type Settings,
  type StoryChoice,
  type Tag,
} from './types';

export const MAX_TEXT_LENGTH = LIMITS.entryText;
export const MAX_NAME_LENGTH = LIMITS.tagName;
export const MAX_TAGS_PER_ENTRY = LIMITS.tagsPerEntry;

// Every record schema is loose: fields a newer Keel added are kept through decode and
// save, so a tab still running an older version never drops them (docs/decisions).
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const mood = v.nullable(v.picklist([1, 2, 3, 4, 5] as const satisfies readonly Mood[]));
const tagIds = v.pipe(v.array(id), v.maxLength(MAX_TAGS_PER_ENTRY));
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH));
const prompt = v.optional(v.pipe(v.string(), v.maxLength(LIMITS.prompt)));
const harmDetail = v.optional(v.pipe(v.string(), v.maxLength(LIMITS.harmDetail)));
const harm = v.optional(
  v.looseObject({
    place: harmDetail,
    witnesses: harmDetail,
    words: harmDetail,
    injuries: harmDetail,
    report: harmDetail,
    reportNumber: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.reportNumber))),
  }),
);

export const EntrySchema = v.looseObject({
  id,
  createdAt: time,
  updatedAt: time,
  happenedAt: time,
  text,
  mood,
  feelings: tagIds,
  events: tagIds,
  prompt,
  harm,
});

export const DraftSchema = v.looseObject({
  id,
  createdAt: time,
  updatedAt: time,
  entryId: v.nullable(id),
  happenedAt: time,
  text,
  mood,
  feelings: tagIds,
  events: tagIds,
  prompt,
  harm,
  base: v.optional(time),
});

export const TagSchema = v.looseObject({
  id,
  kind: v.picklist(['feeling', 'event']),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_NAME_LENGTH)),
  hidden: v.boolean(),
  order: v.pipe(v.number(), v.finite()),
  createdAt: time,
  updatedAt: v.optional(time),
});

function isSafeExitUrl(url: string): boolean {
  return checkExitUrl(url, globalThis.location?.origin).ok;
}

/** Settings tolerate missing or unknown fields: each missing one takes its default. */
export const SettingsSchema = v.looseObject({
  updatedAt: v.optional(time),
  // Quick exit goes wherever this says, so it must pass the same rules as Settings
  // (https, no name or password, another site); anything else becomes the default.
  exitUrl: v.optional(
    v.fallback(
      v.pipe(v.string(), v.maxLength(LIMITS.exitUrl), v.check(isSafeExitUrl)),
      DEFAULT_SETTINGS.exitUrl,
    ),
    DEFAULT_SETTINGS.exitUrl,
  ),
  tabTitle: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.tabTitle)), DEFAULT_SETTINGS.tabTitle),
  idleLockMinutes: v.optional(
    v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 60)),
    DEFAULT_SETTINGS.idleLockMinutes,
  ),
  lockWhenHidden: v.optional(v.boolean(), DEFAULT_SETTINGS.lockWhenHidden),
  reframes: v.optional(v.picklist(['ask', 'on', 'off']), DEFAULT_SETTINGS.reframes),
  rememberStory: v.optional(
    v.union([
      v.picklist(['ask', 'on', 'off']),
      // Earlier versions kept a switch that started on without asking: true was never a
      // choice, so it asks now; false was someone switching it off, so it stays off.
      v.pipe(
        v.boolean(),
        v.transform((on): StoryChoice => (on ? 'ask' : 'off')),
      ),
    ]),
    DEFAULT_SETTINGS.rememberStory,
  ),
  lastBackupAt: v.optional(v.nullable(time), DEFAULT_SETTINGS.lastBackupAt),
  // A value from a newer Keel asks nothing more.
  passphraseOffer: v.optional(v.fallback(v.picklist(['waiting', 'not-now', 'done']), 'done')),
  country: v.optional(v.fallback(v.pipe(v.string(), v.maxLength(LIMITS.short)), 'other')),
  failedTries: v.optional(
    v.fallback(
      v.nullable(v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(1)), lastAt: time })),
      null,
    ),
  ),
});

function strip<T extends { prompt?: string | undefined; harm?: object | undefined }>(value: T): T {
  if (value.prompt === undefined) delete value.prompt;
  if (value.harm === undefined) delete value.harm;
  else {
    const details = value.harm as Record<string, unknown>;
    for (const field of Object.keys(details)) {
      if (details[field] === undefined) delete details[field];
    }
  }
  return value;
}

// Each tries the same checks written out by hand first (quickDecoders.ts: several times
// faster than valibot's general walk, and needing no valibot before the first screen); what
// they decline, valibot decides, with the reason.
export function decodeEntry(value: unknown): Entry {
  return quickEntry(value) ?? (strip(v.parse(EntrySchema, value)) as Entry);
}

export function decodeDraft(value: unknown): Draft {
  const quick = quickDraft(value);
  if (quick) return quick;
  const draft = strip(v.parse(DraftSchema, value)) as Draft;
  if (draft.base === undefined) delete draft.base;
  return draft;
}

/** An optional time valibot gives as undefined is left out, as Keel's types have it. */
export function dropMissingTime<T extends { updatedAt?: number | undefined }>(value: T): T {
  if (value.updatedAt === undefined) delete value.updatedAt;
  return value;
}

export function decodeTag(value: unknown): Tag {
  return quickTag(value) ?? (dropMissingTime(v.parse(TagSchema, value)) as Tag);
}

export function decodeSettings(value: unknown): Settings {
  return (
    quickSettings(value) ?? (dropMissingTime(v.parse(SettingsSchema, value ?? {})) as Settings)
  );
}
