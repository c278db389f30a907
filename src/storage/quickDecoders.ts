/**
 * The checks of codec.ts's schemas for entries, drafts, tags and settings, written out by
 * hand, without valibot: opening the journal reads these before the first screen, and
 * valibot (about 3 KB gzip) then stays out of the first screen's file (docs/decisions/0023).
 * Each accepts only what its schema accepts, with the same result (a test compares them),
 * and returns null for anything else, or anything a schema would change (a name to trim, an
 * old setting to read anew, details of harm): the caller then asks codec.ts, with the reason.
 */
import { checkExitUrl } from '../lib/exitUrl';
import { LIMITS } from './limits';
import { DEFAULT_SETTINGS, type Draft, type Entry, type Settings, type Tag } from './types';

type Fields = Record<string, unknown>;

const isId = (x: unknown): x is string =>
  typeof x === 'string' && x.length >= 1 && x.length <= LIMITS.id;
const isTime = (x: unknown): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 8.64e15;
const isTagIds = (x: unknown): x is string[] =>
  Array.isArray(x) && x.length <= LIMITS.tagsPerEntry && x.every(isId);
const isMood = (x: unknown) => x === null || x === 1 || x === 2 || x === 3 || x === 4 || x === 5;
const isShort = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
const optional = (x: unknown, check: (x: unknown) => boolean) => x === undefined || check(x);

function fieldsOf(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : null;
}

/**
 * A copy with own fields only (a `__proto__` key cannot reach the prototype), without the
 * keys that could reach one, as valibot's loose objects do.
 */
function ownCopy<T>(o: Fields, extra: Fields = {}): T {
  const copy: Fields = { ...o, ...extra };
  for (const unsafe of ['__proto__', 'prototype', 'constructor']) delete copy[unsafe];
  return copy as T;
}

/** What entries and drafts share; details of harm are few, and left to valibot. */
function writtenFieldsOk(o: Fields): boolean {
  return (
    o['harm'] === undefined &&
    isId(o['id']) &&
    isTime(o['createdAt']) &&
    isTime(o['updatedAt']) &&
    isTime(o['happenedAt']) &&
    isShort(o['text'], LIMITS.entryText) &&
    isMood(o['mood']) &&
    isTagIds(o['feelings']) &&
    isTagIds(o['events']) &&
    optional(o['prompt'], (p) => isShort(p, LIMITS.prompt))
  );
}

function written<T extends { prompt?: string; harm?: unknown }>(o: Fields): T {
  const out = ownCopy<T>(o, {
    feelings: [...(o['feelings'] as string[])],
    events: [...(o['events'] as string[])],
  });
  if (out.prompt === undefined) delete out.prompt;
  delete out.harm;
  return out;
}

export function quickEntry(value: unknown): Entry | null {
  const o = fieldsOf(value);
  return o && writtenFieldsOk(o) ? written<Entry>(o) : null;
}

export function quickDraft(value: unknown): Draft | null {
  const o = fieldsOf(value);
  if (
    !o ||
    !writtenFieldsOk(o) ||
    !(o['entryId'] === null || isId(o['entryId'])) ||
    !optional(o['base'], isTime)
  ) {
    return null;
  }
  const draft = written<Draft>(o);
  if (draft.base === undefined) delete draft.base;
  return draft;
}

export function quickTag(value: unknown): Tag | null {
  const o = fieldsOf(value);
  const name = o?.['name'];
  if (
    !o ||
    !isId(o['id']) ||
    !(o['kind'] === 'feeling' || o['kind'] === 'event') ||
    typeof name !== 'string' ||
    name.trim() !== name || // valibot trims it
    name.length < 1 ||
    name.length > LIMITS.tagName ||
    typeof o['hidden'] !== 'boolean' ||
    !Number.isFinite(o['order']) ||
    !isTime(o['createdAt']) ||
    !optional(o['updatedAt'], isTime)
  ) {
    return null;
  }
  const tag = ownCopy<Tag>(o);
  if (tag.updatedAt === undefined) delete tag.updatedAt;
  return tag;
}

const CHOICES: readonly unknown[] = ['ask', 'on', 'off'];
const OFFERS: readonly unknown[] = ['waiting', 'not-now', 'done'];

function failedTriesOk(x: unknown): boolean {
  const o = fieldsOf(x);
  return (
    x === null ||
    (o !== null &&
      Object.keys(o).length === 2 &&
      Number.isInteger(o['count']) &&
      (o['count'] as number) >= 1 &&
      isTime(o['lastAt']))
  );
}

/**
 * Settings as SettingsSchema reads them when every field present is valid; a missing one
 * takes its default. Anything valibot would replace or convert is left to it.
 */
export function quickSettings(value: unknown): Settings | null {
  const o = fieldsOf(value ?? {});
  if (
    !o ||
    !optional(o['updatedAt'], isTime) ||
    !optional(
      o['exitUrl'],
      (u) =>
        isShort(u, LIMITS.exitUrl) && checkExitUrl(u as string, globalThis.location?.origin).ok,
    ) ||
    !optional(o['tabTitle'], (t) => isShort(t, LIMITS.tabTitle)) ||
    !optional(o['idleLockMinutes'], (m) => typeof m === 'number' && m >= 0 && m <= 24 * 60) ||
    !optional(o['lockWhenHidden'], (h) => typeof h === 'boolean') ||
    !optional(o['reframes'], (r) => CHOICES.includes(r)) ||
    !optional(o['rememberStory'], (r) => CHOICES.includes(r)) ||
    !optional(o['lastBackupAt'], (t) => t === null || isTime(t)) ||
    !optional(o['passphraseOffer'], (p) => OFFERS.includes(p)) ||
    !optional(o['country'], (c) => isShort(c, LIMITS.short)) ||
    !optional(o['failedTries'], failedTriesOk)
  ) {
    return null;
  }
  const settings = ownCopy<Settings & Fields>(o);
  for (const [field, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    if (settings[field] === undefined) settings[field] = fallback;
  }
  if (settings.updatedAt === undefined) delete settings.updatedAt;
  if (settings.failedTries) settings.failedTries = { ...settings.failedTries };
  return settings;
}
