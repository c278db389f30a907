import { useKeel } from '../../state/store';
import { AskOnce } from '../../ui/AskOnce';
import { saveFailedMessage } from '../../ui/messages';
import { setReframeChoice } from './actions';

/** The switch for gentle notes after saving an entry (Settings, and Reflect). */
export function ReframeSettings() {
  const choice = useKeel((s) => s.settings.reframes);
  return (
    <AskOnce
      className="reframe-settings"
      labelClassName="check-row"
      heading="Gentle notes"
      label="Offer a gentle note after I save an entry"
      choice={choice}
      choose={(on) => setReframeChoice(on ? 'on' : 'off')}
      problemFor={saveFailedMessage}
      hint={
        choice === 'ask'
          ? 'Keel will ask you the first time it notices a line of self-blame or of excusing harm.'
          : 'When an entry holds a line of self-blame or of excusing harm, a short note can appear beside it with a kinder way to put it. It is worked out on this device only.'
      }
    />
  );
}
