/** Validating decoders for the reflect and safety records (schema version 2). */
import * as v from 'valibot';
import type { Resource, SafetyPlan, SelfCheck } from './reflectSafetyTypes';
import { dropMissingTime } from './codec';
import { LIMITS } from './limits';

// Loose, like storage/codec.ts: fields a newer Keel added are kept through decode and save.
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const short = v.pipe(v.string(), v.maxLength(LIMITS.short));
const long = v.pipe(v.string(), v.maxLength(LIMITS.long));
const ids = v.pipe(v.array(id), v.maxLength(LIMITS.listItems));

export const SelfCheckSchema = v.looseObject({
  id,
  createdAt: time,
  updatedAt: v.optional(time),
  answers: v.record(
    v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.signId)),
    v.picklist([0, 1, 2] as const),
  ),
});

export const SafePersonSchema = v.looseObject({ id, name: short, reach: short, knows: short });

export const SafetyPlanSchema = v.looseObject({
  id,
  createdAt: time,
  updatedAt: time,
  people: v.pipe(v.array(SafePersonSchema), v.maxLength(LIMITS.listItems)),
  places: long,
  take: ids,
  takeNotes: long,
  codeWord: short,
  codeWordMeaning: short,
  leaving: long,
  after: ids,
  afterNotes: long,
});

export const ResourceSchema = v.looseObject({
  id,
  createdAt: time,
  updatedAt: time,
  country: short,
  name: short,
  call: v.pipe(v.string(), v.maxLength(LIMITS.phone)),
  text: v.pipe(v.string(), v.maxLength(LIMITS.phone)),
  textBody: v.pipe(v.string(), v.maxLength(LIMITS.textBody)),
  note: short,
  order: v.pipe(v.number(), v.finite()),
  builtin: v.boolean(),
  removed: v.boolean(),
});

export function decodeSelfCheck(value: unknown): SelfCheck {
  return dropMissingTime(v.parse(SelfCheckSchema, value)) as SelfCheck;
}

export function decodeSafetyPlan(value: unknown): SafetyPlan {
  return v.parse(SafetyPlanSchema, value);
}

export function decodeResource(value: unknown): Resource {
  return v.parse(ResourceSchema, value);
}
