import { useKeel } from '../../state/store';
import { AskOnce } from '../../ui/AskOnce';
import { useT } from '../../ui/i18n/i18n';
import { setRememberStory } from './settings';

/** Settings: turn "Keep the whole story in view" on or off, whatever was answered before. */
export default function RememberStorySetting() {
  const { t } = useT();
  const choice = useKeel((s) => s.settings.rememberStory);
  return (
    <AskOnce
      labelClassName="chip"
      heading={t('patterns.story.heading')}
      label={t('patterns.story.setting')}
      choice={choice}
      choose={(on) => setRememberStory(on ? 'on' : 'off')}
      problemFor={() => t('patterns.story.settingNotSaved')}
      hint={
        <>
          {t('patterns.story.settingHint')}
          {choice === 'ask' && ` ${t('patterns.story.settingNotChosen')}`}
        </>
      }
    />
  );
}
