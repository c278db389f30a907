/** Validating decoders for the reflect and safety records (schema version 2). */
import * as v from 'valibot';
import type { Resource, SafetyPlan, SelfCheck } from './careTypes';
import { dropMissingTime } from './codec';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const short = v.pipe(v.string(), v.maxLength(2000));
const long = v.pipe(v.string(), v.maxLength(100_000));
const ids = v.pipe(v.array(id), v.maxLength(200));

export const SelfCheckSchema = v.object({
  id,
  createdAt: time,
  updatedAt: v.optional(time),
  answers: v.record(
    v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    v.picklist([0, 1, 2] as const),
  ),
});

export const SafePersonSchema = v.object({ id, name: short, reach: short, knows: short });

export const SafetyPlanSchema = v.object({
  id,
  createdAt: time,
  updatedAt: time,
  people: v.pipe(v.array(SafePersonSchema), v.maxLength(200)),
  places: long,
  take: ids,
  takeNotes: long,
  codeWord: short,
  codeWordMeaning: short,
  leaving: long,
  after: ids,
  afterNotes: long,
});

export const ResourceSchema = v.object({
  id,
  createdAt: time,
  updatedAt: time,
  country: short,
  name: v.pipe(v.string(), v.maxLength(2000)),
  call: v.pipe(v.string(), v.maxLength(100)),
  text: v.pipe(v.string(), v.maxLength(100)),
  textBody: v.pipe(v.string(), v.maxLength(200)),
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
