/** The safety plan's checklists and a blank plan. Item ids are stored: never renumber them. */
import type { SafePerson, SafetyPlan } from '../../storage/reflectSafetyTypes';

export interface PlanItem {
  id: string;
  label: string;
  hint: string;
}

export const TAKE_ITEMS: readonly PlanItem[] = [
  {
    id: 't01',
    label: 'Documents',
    hint: 'ID, passport, birth certificates, papers for any children, court orders, lease or deeds',
  },
  { id: 't02', label: 'Money', hint: 'cash, bank cards, a card in your own name if you have one' },
  { id: 't03', label: 'Medicines', hint: 'and prescriptions, glasses, anything you need each day' },
  { id: 't04', label: 'Keys', hint: 'home, car, work, a spare set kept somewhere safe' },
  { id: 't05', label: 'Phone and chargers', hint: 'and a list of numbers on paper' },
  {
    id: 't06',
    label: 'Things for children or pets',
    hint: 'a favourite toy, clothes, food, vet or school papers',
  },
  { id: 't07', label: 'Clothes for a few days', hint: 'and anything that brings comfort' },
];

export const AFTER_ITEMS: readonly PlanItem[] = [
  { id: 'a01', label: 'Change my phone number', hint: 'or get a new phone or SIM' },
  {
    id: 'a02',
    label: 'Change passwords',
    hint: 'email, bank, social media, cloud storage; turn on two-step sign-in',
  },
  {
    id: 'a03',
    label: 'Check my devices',
    hint: 'location sharing, shared accounts, apps I did not install, trackers in bags or cars',
  },
  { id: 'a04', label: 'Sign out of shared accounts', hint: 'streaming, shopping, family sharing' },
  { id: 'a05', label: 'Change locks or routines', hint: 'routes, times, the shops I use' },
  {
    id: 'a06',
    label: 'Tell people who need to know',
    hint: 'work, school or childcare: who may and may not collect or contact me',
  },
  { id: 'a07', label: 'Keep a record', hint: 'dates, messages, anything that happens' },
];

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
