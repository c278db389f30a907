/**
 * What the reflect views do: write through storage/reflectSafetyRepo and storage/writes. What they load is
 * handed back to the calling component, which keeps it in its own state (so it is
 * dropped on lock, when the view unmounts), or put in the store (settings).
 */
import { requireKey } from '../../state/store';
import { updateSettings } from '../../state/updateSettings';
import * as care from '../../storage/reflectSafetyRepo';
import type { SelfCheck, SignRating } from '../../storage/reflectSafetyTypes';
import type { ReframeChoice } from '../../storage/types';

export function loadChecks(): Promise<SelfCheck[]> {
  return care.loadSelfChecks(requireKey());
}

export async function saveCheck(
  answers: Record<string, SignRating>,
  existing?: SelfCheck,
): Promise<SelfCheck> {
  const now = Date.now();
  const check: SelfCheck = {
    id: existing?.id ?? crypto.randomUUID(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    answers: { ...answers },
  };
  await care.saveSelfCheck(requireKey(), check);
  return check;
}

export async function setReframeChoice(reframes: ReframeChoice): Promise<void> {
  await updateSettings({ reframes });
}
