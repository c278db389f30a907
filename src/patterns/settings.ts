/** The one setting Patterns owns: whether to keep the whole story in view. */
import { requireKey, useKeel } from '../app/store';
import { saveSettings } from '../db/repo';
import type { StoryChoice } from '../db/types';

export async function setRememberStory(rememberStory: StoryChoice): Promise<void> {
  const next = { ...useKeel.getState().settings, rememberStory, updatedAt: Date.now() };
  await saveSettings(requireKey(), next);
  useKeel.getState().setSettings(next);
}
