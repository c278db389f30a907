/**
 * Validating decoders for every record kind. Decrypted JSON is untrusted until it
 * passes these (it may come from an older version of Keel or from a backup file).
 */
import * as v from 'valibot';
import {
  DEFAULT_SETTINGS,
  type Draft,
  type Entry,
  type Mood,
  type Settings,
  type Tag,
} from './types';

export const MAX_TEXT_LENGTH = 1_000_000;
export const MAX_NAME_LENGTH = 200;
export const MAX_TAGS_PER_ENTRY = 500;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const mood = v.nullable(v.picklist([1, 2, 3, 4, 5] as const satisfies readonly Mood[]));
const tagIds = v.pipe(v.array(id), v.maxLength(MAX_TAGS_PER_ENTRY));
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH));
const prompt = v.optional(v.pipe(v.string(), v.maxLength(2000)));

export const EntrySchema = v.object({
  id,
  createdAt: time,
  updatedAt: time,
  happenedAt: time,
  text,
  mood,
  feelings: tagIds,
  events: tagIds,
  prompt,
});

export const DraftSchema = v.object({
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
});

export const TagSchema = v.object({
  id,
  kind: v.picklist(['feeling', 'event']),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_NAME_LENGTH)),
  hidden: v.boolean(),
  order: v.pipe(v.number(), v.finite()),
  createdAt: time,
});

/** Settings tolerate missing or unknown fields: each missing one takes its default. */
export const SettingsSchema = v.object({
  exitUrl: v.optional(v.pipe(v.string(), v.url(), v.maxLength(2000)), DEFAULT_SETTINGS.exitUrl),
  tabTitle: v.optional(v.pipe(v.string(), v.maxLength(100)), DEFAULT_SETTINGS.tabTitle),
  idleLockMinutes: v.optional(
    v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 60)),
    DEFAULT_SETTINGS.idleLockMinutes,
  ),
  lockWhenHidden: v.optional(v.boolean(), DEFAULT_SETTINGS.lockWhenHidden),
  reframes: v.optional(v.picklist(['ask', 'on', 'off']), DEFAULT_SETTINGS.reframes),
  rememberStory: v.optional(v.boolean(), DEFAULT_SETTINGS.rememberStory),
  lastBackupAt: v.optional(v.nullable(time), DEFAULT_SETTINGS.lastBackupAt),
});

function strip<T extends { prompt?: string | undefined }>(value: T): T {
  if (value.prompt === undefined) delete value.prompt;
  return value;
}

export function decodeEntry(value: unknown): Entry {
  return strip(v.parse(EntrySchema, value)) as Entry;
}

export function decodeDraft(value: unknown): Draft {
  return strip(v.parse(DraftSchema, value)) as Draft;
}

export function decodeTag(value: unknown): Tag {
  return v.parse(TagSchema, value);
}

export function decodeSettings(value: unknown): Settings {
  return v.parse(SettingsSchema, value ?? {});
}
