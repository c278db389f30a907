import { useKeel } from '../../state/store';
import { AskOnce } from '../../ui/AskOnce';
import { saveFailedMessage } from '../../ui/messages';
import { setReframeChoice } from './actions';
import { useT } from '../../ui/i18n/i18n';

/** The switch for gentle notes after saving an entry (Settings, and Reflect). */
export function ReframeSettings() {
  const { t } = useT();
  const choice = useKeel((s) => s.settings.reframes);
  return (
    <AskOnce
      className="reframe-settings"
      labelClassName="check-row"
      heading={t('reframe.settingHeading')}
      label={t('reframe.settingLabel')}
      choice={choice}
      choose={(on) => setReframeChoice(on ? 'on' : 'off')}
      problemFor={(error) => saveFailedMessage(error, t)}
      hint={choice === 'ask' ? t('reframe.settingAsk') : t('reframe.settingHint')}
    />
  );
}
