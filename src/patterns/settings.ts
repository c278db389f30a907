/** The one setting Patterns owns: whether to keep the whole story in view. */
import { requireKey, useKeel } from '../app/store';
import { saveSettings } from '../db/repo';

export async function setRememberStory(on: boolean): Promise<void> {
  const next = { ...useKeel.getState().settings, rememberStory: on, updatedAt: Date.now() };
  await saveSettings(requireKey(), next);
  useKeel.getState().setSettings(next);
}
