import { stayingSafeFrom } from '../../state/stayingSafeFrom';
import { useKeel } from '../../state/store';

const BACK = { safety: 'Back to safety', settings: 'Back to settings' } as const;

/**
 * "Staying safe on this device": what Keel's protections do and, just as plainly, what
 * they do not. No promise here may be bigger than what the code does. The first screen
 * reads in about a minute; the details are folded.
 */
export function StayingSafe({ onClose }: { onClose?: () => void }) {
  const from = stayingSafeFrom();
  const close = onClose ?? (() => useKeel.getState().go(from));
  return (
    <article className="safe-page" aria-labelledby="staying-safe-heading">
      <h1 id="staying-safe-heading">Staying safe on this device</h1>
      <p>
        <strong>
          If this phone or computer may be watched (a monitoring app, a shared account, cloud
          backups of the browser), a passphrase does not help while you type:
        </strong>{' '}
        what is on the screen can be seen or recorded. A device they cannot reach, such as a trusted
        friend&apos;s phone or a library computer, is safer.
      </p>
      <p>
        Keel keeps your journal on this device only, encrypted. You know your situation best; take
        what helps and leave the rest.
      </p>
      <ul>
        <li>
          Quick exit (the button at the top, or Shift pressed three times) hides Keel at once and
          opens an ordinary page you can choose. Back does not return to Keel, and the journal
          leaves the browser&apos;s memory.
        </li>
        <li>
          A passphrase keeps the journal shut until it is typed. Without one, anyone who opens Keel
          on this device can read it.
        </li>
        <li>The browser&apos;s history still shows this site&apos;s address.</li>
      </ul>

      <details>
        <summary>
          <h2>What Quick exit does not do</h2>
        </summary>
        <ul>
          <li>
            It does not erase your browser history. This site&apos;s address stays in the history
            list and may be suggested when someone types in the address bar.
          </li>
          <li>
            It does not hide that Keel was installed. An installed app can still show on the home
            screen, in the app list, or in the browser&apos;s settings.
          </li>
          <li>
            It cannot reach other devices or shared accounts. If the browser is signed in to an
            account that syncs history to another phone or computer, that history may show there.
          </li>
          <li>
            It does not stop someone who already saw the screen, or who has a recording of it.
          </li>
        </ul>
      </details>

      <details>
        <summary>
          <h2>History, private windows and the tab title</h2>
        </summary>
        <p>
          Most browsers let you remove a single site from the history: open the history list, find
          this site&apos;s address, and remove it (on many phones, press and hold it). Be careful
          with options named &ldquo;clear site data&rdquo; or &ldquo;cookies and site data&rdquo;:
          those delete Keel&apos;s storage, and with it your journal.
        </p>
        <p>
          An empty history on a device someone else checks can look unusual and raise questions.
          Removing only this site, and carrying on using the browser as usual, often looks more
          ordinary. There is no one right answer; you know what is safest for you.
        </p>
        <p>
          A private (incognito) window does not keep history, but it also does not keep Keel&apos;s
          storage: a journal written there is gone when the window closes. It is useful for reading
          help pages you do not want in your history.
        </p>
        <p>
          In Settings you can give the tab a plain title and icon, such as Notes. The address bar
          and history still show this site&apos;s address.
        </p>
        <p>
          Installing the app while the tab is called Notes installs it as Notes, with its icon. An
          app installed earlier keeps the name it had then, until you remove it and install it
          again, and the browser&apos;s list of apps and its settings may still show this
          site&apos;s address.
        </p>
      </details>

      <details>
        <summary>
          <h2>What someone could still find on this device</h2>
        </summary>
        <p>
          Nothing you write can be read without the journal&apos;s key. But some things stay
          readable on this device without the passphrase: the names of the storage tables, record
          ids and times, rough sizes and counts, when a wrong passphrase was last tried, the tab
          title and the Quick exit page you chose.
        </p>
        <p>
          Older copies of the journal&apos;s key and records can stay in the browser&apos;s files
          until the browser tidies them away. That is why a passphrase set from the start helps
          most. Setting one makes a new key, so those older copies cannot open what you write
          afterwards.
        </p>
        <p>
          Someone with developer tools on this device could change the app itself, for example to
          catch a passphrase as it is typed. If that may have happened, a device they cannot reach
          is safer.
        </p>
      </details>

      <button type="button" className="link" onClick={close}>
        {onClose ? 'Close help' : BACK[from]}
      </button>
    </article>
  );
}
