import { LazyBackup } from '../features/backup/LazyBackup';
import { TagManager } from '../features/journal/TagManager';
import { ReframeSettingsSection } from '../features/reflect/ReframeSettingsSection';
import { DeleteEverything } from '../features/lock/DeleteEverything';
import { LockSettings } from '../features/lock/LockSettings';
import { LanguageChoice } from '../ui/i18n/LanguageChoice';
import { ExitSettings } from './ExitSettings';
import { StorageSettings } from './pwa/StorageSettings';
import { StorySetting } from '../features/patterns/lazy';
import { useT } from '../ui/i18n/i18n';

/** Settings: each part of the app adds its own section here. Safety first, deleting last. */
export function SettingsView() {
  const { t } = useT();
  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settings.title')}</h1>
      <LanguageChoice />
      <LockSettings />
      <ExitSettings />
      <LazyBackup />
      <TagManager kind="feeling" />
      <TagManager kind="event" />
      <ReframeSettingsSection />
      <StorySetting />
      <StorageSettings />
      <DeleteEverything />
    </section>
  );
}
