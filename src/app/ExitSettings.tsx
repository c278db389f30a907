import { useState } from 'react';
import { saveFailedMessage } from '../ui/messages';
import { DISGUISES } from '../lib/disguise';
import { checkExitUrl } from '../lib/exitUrl';
import { openStayingSafe } from '../state/stayingSafeFrom';
import { useKeel } from '../state/store';
import { updateSettings } from '../state/updateSettings';
import { Problem } from '../ui/Problem';
import { type Translate, useT } from '../ui/i18n/i18n';
import type { MessageKey } from '../ui/i18n/messages/en';

const PRESET_NAMES: Readonly<Record<string, MessageKey>> = {
  Notes: 'disguise.Notes',
  Calendar: 'disguise.Calendar',
  Weather: 'disguise.Weather',
  Recipes: 'disguise.Recipes',
};

/** A preset disguise in the language shown; Keel's own name and a title of the person's own as they are. */
function disguiseName(title: string, t: Translate): string {
  const key = PRESET_NAMES[title];
  return key ? t(key) : title;
}

/** Settings: where quick exit goes, and what the tab is called. */
export function ExitSettings() {
  const { t } = useT();
  const settings = useKeel((s) => s.settings);
  const [url, setUrl] = useState(settings.exitUrl);
  const [problem, setProblem] = useState('');

  const saveUrl = async () => {
    const checked = checkExitUrl(url, window.location.origin);
    if (!checked.ok) {
      setProblem(t(`exit.${checked.reason}`));
      return;
    }
    try {
      await updateSettings({ exitUrl: checked.url });
      setUrl(checked.url);
      setProblem('');
      useKeel.getState().setStatus(t('shell.saved'));
    } catch (error) {
      setProblem(saveFailedMessage(error, t));
    }
  };

  const saveTitle = async (tabTitle: string) => {
    try {
      await updateSettings({ tabTitle });
      useKeel.getState().setStatus(t('shell.saved'));
    } catch (error) {
      setProblem(saveFailedMessage(error, t));
    }
  };

  const titles = DISGUISES.map((d) => d.title);
  if (!titles.includes(settings.tabTitle)) titles.push(settings.tabTitle);

  return (
    <section className="settings-section" aria-labelledby="exit-settings-heading">
      <h2 id="exit-settings-heading">{t('exit.heading')}</h2>
      <p>{t('exit.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void saveUrl();
        }}
      >
        <label className="field">
          <span>{t('exit.page')}</span>
          <input
            type="url"
            inputMode="url"
            value={url}
            aria-describedby="exit-url-help"
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
        <p id="exit-url-help" className="hint">
          {t('exit.pageHelp')}
        </p>
        <div className="actions">
          <button type="submit">{t('exit.save')}</button>
        </div>
      </form>
      <label className="field">
        <span>{t('exit.tab')}</span>
        <select value={settings.tabTitle} onChange={(event) => void saveTitle(event.target.value)}>
          {titles.map((title) => (
            <option key={title} value={title}>
              {disguiseName(title, t)}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t('exit.tabHint')}</p>
      <Problem>{problem}</Problem>
      <button type="button" className="link" onClick={() => openStayingSafe('settings')}>
        {t('exit.stayingSafe')}
      </button>
    </section>
  );
}
