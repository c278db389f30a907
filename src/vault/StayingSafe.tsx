import { useKeel } from '../app/store';

/**
 * "Staying safe on this device": what Keel's protections do and, just as plainly, what
 * they do not. No promise here may be bigger than what the code does.
 */
export function StayingSafe({ onClose }: { onClose?: () => void }) {
  const close = onClose ?? (() => useKeel.getState().go('settings'));
  return (
    <article className="safe-page" aria-labelledby="staying-safe-heading">
      <h1 id="staying-safe-heading">Staying safe on this device</h1>
      <p>
        Keel keeps your journal on this device only, encrypted. These notes are about someone who
        can pick up the device or look over your shoulder. You know your situation best; take what
        helps and leave the rest.
      </p>

      <h2>What Quick exit does</h2>
      <ul>
        <li>It hides Keel straight away and opens an ordinary page (you can choose which one).</li>
        <li>
          It replaces Keel in this tab, so pressing Back goes to the page before Keel, not to it.
        </li>
        <li>
          It takes the journal out of the browser&apos;s memory. With a passphrase, Keel asks for it
          again next time.
        </li>
        <li>You can use the button at the top of every screen, or press Shift three times.</li>
      </ul>

      <h2>What Quick exit does not do</h2>
      <ul>
        <li>
          It does not erase your browser history. This site&apos;s address stays in the history list
          and may be suggested when someone types in the address bar.
        </li>
        <li>
          It does not hide that Keel was installed. An installed app can still show on the home
          screen, in the app list, or in the browser&apos;s settings.
        </li>
        <li>
          It cannot reach other devices or shared accounts. If the browser is signed in to an
          account that syncs history to another phone or computer, that history may show there.
        </li>
        <li>It does not stop someone who already saw the screen, or who has a recording of it.</li>
        <li>
          Without a passphrase, anyone who opens Keel on this device can read it. Setting a
          passphrase in Settings changes that.
        </li>
      </ul>

      <h2>A private window</h2>
      <p>
        A private (incognito) window does not keep history, but it also does not keep Keel&apos;s
        storage: a journal written there is gone when the window closes. Keel works best in a normal
        window with a passphrase. A private window is useful for reading help pages you do not want
        in your history.
      </p>

      <h2>Clearing history for just this site</h2>
      <p>
        Most browsers let you remove a single site from the history: open the history list, find
        this site&apos;s address, and remove it (on many phones, press and hold it). Be careful with
        options named &ldquo;clear site data&rdquo; or &ldquo;cookies and site data&rdquo;: those
        delete Keel&apos;s storage, and with it your journal.
      </p>

      <h2>Why clearing everything can draw attention</h2>
      <p>
        An empty history on a device someone else checks can look unusual and raise questions.
        Removing only this site, and carrying on using the browser as usual, often looks more
        ordinary. There is no one right answer; you know what is safest for you.
      </p>

      <h2>The tab title</h2>
      <p>
        In Settings you can give the tab a plain title and icon, such as Notes. The address bar and
        history still show this site&apos;s address.
      </p>
      <p>
        Installing the app while the tab is called Notes installs it as Notes, with its icon. An app
        installed earlier keeps the name it had then, until you remove it and install it again, and
        the browser&apos;s list of apps and its settings may still show this site&apos;s address.
      </p>
      <p>
        Three small things are kept outside Keel&apos;s encryption, so they work while Keel is
        locked: the tab title, the Quick exit page you choose, and a count of recent wrong
        passphrase tries. Someone who looks into the browser&apos;s storage with developer tools
        could see those, and how many records Keel holds and when each was first saved, but never
        anything you wrote.
      </p>

      <button type="button" className="link" onClick={close}>
        {onClose ? 'Close help' : 'Back to settings'}
      </button>
    </article>
  );
}
