import { useLockActions } from './lockActions';

/**
 * Shown after Delete everything: one calm line that it was done, the exit page, and what
 * Keel cannot reach. No new journal is made until the person asks for one.
 */
export function AfterDelete() {
  const { quickExit } = useLockActions();
  return (
    <main id="main" className="lock after-delete" aria-labelledby="deleted-heading">
      <h1 id="deleted-heading">Deleted</h1>
      <p role="status">Everything Keel kept in this browser has been deleted.</p>
      <div className="actions">
        <button type="button" className="primary" onClick={quickExit}>
          Leave for the exit page
        </button>
      </div>
      <h2>What Keel cannot reach</h2>
      <p>
        Files saved outside Keel are still there: downloaded backups (.keel files), readable exports
        (Markdown, JSON or CSV) and printed or saved reports. They are usually in the Downloads
        folder, and listed in the browser&apos;s downloads list (in its menu; Ctrl+J on most
        computers). You can delete them there. Paper copies are wherever they were printed.
      </p>
      <p>The browser&apos;s history may still show this site&apos;s address.</p>
      <button type="button" className="link" onClick={() => window.location.reload()}>
        Start a new journal
      </button>
    </main>
  );
}
