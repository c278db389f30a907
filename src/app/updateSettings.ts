/** Saves a change to the settings (encrypted like everything else), then shows it. */
import { saveSettings } from '../db/repo';
import type { Settings } from '../db/types';
import { requireKey, useKeel } from './store';

export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  const next = { ...useKeel.getState().settings, ...patch };
  await saveSettings(requireKey(), next);
  useKeel.getState().setSettings(next);
}
