/** The one setting Patterns owns: whether to keep the whole story in view. */
import { updateSettings } from '../../state/updateSettings';
import type { StoryChoice } from '../../storage/types';

export function setRememberStory(rememberStory: StoryChoice): Promise<void> {
  return updateSettings({ rememberStory });
}
