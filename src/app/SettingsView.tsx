import { LazyBackup } from '../backup/LazyBackup';
import { TagManager } from '../journal/TagManager';

/** Settings: each part of the app adds its own section here. */
export function SettingsView() {
  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <TagManager kind="feeling" />
      <TagManager kind="event" />
      <LazyBackup />
    </section>
  );
}
