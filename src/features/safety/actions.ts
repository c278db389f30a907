/**
 * What the safety views do: read and write through storage/reflectSafetyRepo. Loaded records go back
 * to the calling component's state, so they are dropped when it unmounts (lock, exit).
 */
import { requireKey } from '../../state/store';
import * as care from '../../storage/reflectSafetyRepo';
import type { Resource, SafetyPlan } from '../../storage/reflectSafetyTypes';
import { missingStarters, startersToPutBack } from './resources';

export function loadPlan(): Promise<SafetyPlan | null> {
  return care.loadSafetyPlan(requireKey());
}

export function savePlan(plan: SafetyPlan): Promise<void> {
  return care.saveSafetyPlan(requireKey(), plan);
}

export interface ResourceListing {
  resources: Resource[];
  /** Stored numbers that could not be opened: kept as they are, never written over. */
  damaged: number;
}

/**
 * Every stored resource, and the starting numbers not stored, shown from code: nothing is
 * written until the person edits or removes one (opening Safety leaves no trace).
 */
export async function loadResourceList(): Promise<ResourceListing> {
  const { values, damaged } = await care.loadResourceRows(requireKey());
  return {
    resources: [...values, ...missingStarters(values, Date.now(), damaged)],
    damaged: damaged.length,
  };
}

export async function saveResource(resource: Resource): Promise<Resource> {
  const saved = { ...resource, updatedAt: Date.now() };
  await care.saveResources(requireKey(), [saved]);
  return saved;
}

/** A built-in stays as a marker (so it is not offered again); one of their own is deleted. */
export async function removeResource(resource: Resource): Promise<void> {
  if (resource.builtin) {
    await care.saveResources(requireKey(), [{ ...resource, removed: true, updatedAt: Date.now() }]);
  } else {
    await care.deleteResource(requireKey(), resource.id);
  }
}

/**
 * Puts back the starting numbers that were removed (or are missing), as Keel first offered
 * them. Starting numbers the person edited, and their own numbers, are not touched.
 * Returns only what it stored.
 */
export async function restoreStarters(): Promise<Resource[]> {
  // Only removed starters have a stored marker (a damaged row is not among the values, so
  // it is never touched). Deleting the marker shows the starter from code again, as at first;
  // that deletion is marked too, so an older backup's removal does not come back in a merge.
  const values = await care.loadResources(requireKey());
  const stored = new Set(values.map((r) => r.id));
  const putBack = startersToPutBack(values, Date.now()).filter((r) => stored.has(r.id));
  const key = requireKey();
  for (const r of putBack) await care.deleteResource(key, r.id);
  return putBack;
}
