import { useState } from 'react';
import { saveFailedMessage } from '../ui/messages';
import { DISGUISES } from '../lib/disguise';
import { checkExitUrl } from '../lib/exitUrl';
import { openStayingSafe } from '../state/stayingSafeFrom';
import { useKeel } from '../state/store';
import { updateSettings } from '../state/updateSettings';
import { Problem } from '../ui/Problem';

/** Settings: where quick exit goes, and what the tab is called. */
export function ExitSettings() {
  const settings = useKeel((s) => s.settings);
  const [url, setUrl] = useState(settings.exitUrl);
  const [problem, setProblem] = useState('');

  const saveUrl = async () => {
    const checked = checkExitUrl(url, window.location.origin);
    if (!checked.ok) {
      setProblem(checked.message);
      return;
    }
    try {
      await updateSettings({ exitUrl: checked.url });
      setUrl(checked.url);
      setProblem('');
      useKeel.getState().setStatus('Saved');
    } catch (error) {
      setProblem(saveFailedMessage(error));
    }
  };

  const saveTitle = async (tabTitle: string) => {
    try {
      await updateSettings({ tabTitle });
      useKeel.getState().setStatus('Saved');
    } catch (error) {
      setProblem(saveFailedMessage(error));
    }
  };

  const titles = DISGUISES.map((d) => d.title);
  if (!titles.includes(settings.tabTitle)) titles.push(settings.tabTitle);

  return (
    <section className="settings-section" aria-labelledby="exit-settings-heading">
      <h2 id="exit-settings-heading">Quick exit and tab</h2>
      <p>
        Quick exit leaves Keel at once for an ordinary web page and hides the journal. Press the
        Quick exit button, or Shift three times. Back will not bring Keel back.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void saveUrl();
        }}
      >
        <label className="field">
          <span>Quick exit page</span>
          <input
            type="url"
            inputMode="url"
            value={url}
            aria-describedby="exit-url-help"
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
        <p id="exit-url-help" className="hint">
          The page Quick exit opens. Pick one you often look at anyway, like the weather or news, so
          it looks ordinary. It must start with https://
        </p>
        <div className="actions">
          <button type="submit">Save exit page</button>
        </div>
      </form>
      <label className="field">
        <span>Tab title and icon</span>
        <select value={settings.tabTitle} onChange={(event) => void saveTitle(event.target.value)}>
          {titles.map((title) => (
            <option key={title} value={title}>
              {title}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">
        What the browser tab shows, even while Keel is locked. The address bar and history still
        show this site&apos;s address.
      </p>
      <Problem>{problem}</Problem>
      <button type="button" className="link" onClick={() => openStayingSafe('settings')}>
        Staying safe on this device
      </button>
    </section>
  );
}
