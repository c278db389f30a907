import { TagManager } from '../journal/TagManager';
import { StorySetting } from '../patterns/lazy';

/** Settings: each part of the app adds its own section here. */
export function SettingsView() {
  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <TagManager kind="feeling" />
      <TagManager kind="event" />
      <StorySetting />
    </section>
  );
}
