/** The safety plan's checklists and a blank plan. Item ids are stored: never renumber them. */
import type { SafePerson, SafetyPlan } from '../../storage/reflectSafetyTypes';

export type PlanItemId =
  | 't01'
  | 't02'
  | 't03'
  | 't04'
  | 't05'
  | 't06'
  | 't07'
  | 'a01'
  | 'a02'
  | 'a03'
  | 'a04'
  | 'a05'
  | 'a06'
  | 'a07';

/** A checklist item: its words are in the catalogues as `plan.item.<id>` and `.hint`. */
export interface PlanItem {
  id: PlanItemId;
}

export const TAKE_ITEMS: readonly PlanItem[] = (
  ['t01', 't02', 't03', 't04', 't05', 't06', 't07'] as const
).map((id) => ({ id }));

export const AFTER_ITEMS: readonly PlanItem[] = (
  ['a01', 'a02', 'a03', 'a04', 'a05', 'a06', 'a07'] as const
).map((id) => ({ id }));

export function emptyPlan(now: number): SafetyPlan {
  return {
    id: 'p1',
    createdAt: now,
    updatedAt: now,
    people: [],
    places: '',
    take: [],
    takeNotes: '',
    codeWord: '',
    codeWordMeaning: '',
    leaving: '',
    after: [],
    afterNotes: '',
  };
}

export function newPerson(): SafePerson {
  return { id: crypto.randomUUID(), name: '', reach: '', knows: '' };
}

/** Ticks or unticks an item in a checklist. */
export function toggle(list: readonly string[], id: string, on: boolean): string[] {
  const rest = list.filter((item) => item !== id);
  return on ? [...rest, id] : rest;
}

/** The plan with a change applied and the time of the change. */
export function withChange(plan: SafetyPlan, patch: Partial<SafetyPlan>): SafetyPlan {
  return { ...plan, ...patch, updatedAt: Date.now() };
}
