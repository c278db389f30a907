import { useKeel } from '../../state/store';
import { AskOnce } from '../../ui/AskOnce';
import { setRememberStory } from './settings';

/** Settings: turn "Keep the whole story in view" on or off, whatever was answered before. */
export default function RememberStorySetting() {
  const choice = useKeel((s) => s.settings.rememberStory);
  return (
    <AskOnce
      labelClassName="chip"
      heading="The whole story"
      label="Keep the whole story in view"
      choice={choice}
      choose={(on) => setRememberStory(on ? 'on' : 'off')}
      problemFor={() => 'This setting could not be saved just now. Trying again may work.'}
      hint={
        <>
          When an entry notes longing, an urge to go back or contact, Keel can show a few things you
          wrote on harder days, with their dates.
          {choice === 'ask' &&
            ' You have not chosen yet, so Keel will ask the first time it applies. Ticking this box is your yes: they will show from then on, without asking.'}
        </>
      }
    />
  );
}
