/** The one setting Patterns owns: whether to keep the whole story in view. */
import { updateSettings } from '../app/updateSettings';
import type { StoryChoice } from '../db/types';

export function setRememberStory(rememberStory: StoryChoice): Promise<void> {
  return updateSettings({ rememberStory });
}
