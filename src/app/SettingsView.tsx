import { LazyBackup } from '../backup/LazyBackup';
import { LanguageChoice } from '../i18n/LanguageChoice';
import { TagManager } from '../journal/TagManager';
import { ReframeSettingsSection } from '../reflect/ReframeSettingsSection';
import { DeleteEverything } from '../vault/DeleteEverything';
import { LockSettings } from '../vault/LockSettings';
import { ExitSettings } from './ExitSettings';
import { StorageSettings } from './pwa/StorageSettings';
import { StorySetting } from '../patterns/lazy';

/** Settings: each part of the app adds its own section here. Safety first, deleting last. */
export function SettingsView() {
  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
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
