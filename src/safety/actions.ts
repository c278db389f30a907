/**
 * What the safety views do: read and write through db/careRepo. Loaded records go back
 * to the calling component's state, so they are dropped when it unmounts (lock, exit).
 */
import { requireKey } from '../app/store';
import * as care from '../db/careRepo';
import type { Resource, SafetyPlan } from '../db/careTypes';
import { missingStarters, startersToPutBack } from './resources';

export function loadPlan(): Promise<SafetyPlan | null> {
  return care.loadSafetyPlan(requireKey());
}

export function savePlan(plan: SafetyPlan): Promise<void> {
  return care.saveSafetyPlan(requireKey(), plan);
}

/** Every stored resource; the starting list is stored (encrypted) the first time. */
export async function loadResourceList(): Promise<Resource[]> {
  const key = requireKey();
  const stored = await care.loadResources(key);
  const missing = missingStarters(stored, Date.now());
  if (missing.length > 0) await care.saveResources(key, missing);
  return [...stored, ...missing];
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
    await care.deleteResource(resource.id);
  }
}

/**
 * Puts back the starting numbers that were removed (or are missing), as Keel first offered
 * them. Starting numbers the person edited, and their own numbers, are not touched.
 * Returns only what it stored.
 */
export async function restoreStarters(): Promise<Resource[]> {
  const key = requireKey();
  const putBack = startersToPutBack(await care.loadResources(key), Date.now());
  if (putBack.length > 0) await care.saveResources(key, putBack);
  return putBack;
}
