import { TagManager } from '../journal/TagManager';
import { StorageSettings } from './pwa/StorageSettings';
import { DeleteEverything } from '../vault/DeleteEverything';
import { LockSettings } from '../vault/LockSettings';
import { ExitSettings } from './ExitSettings';

/** Settings: each part of the app adds its own section here. */
export function SettingsView() {
  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <TagManager kind="feeling" />
      <TagManager kind="event" />
      <StorageSettings />
      <LockSettings />
      <ExitSettings />
      <DeleteEverything />
    </section>
  );
}
