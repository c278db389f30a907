import { useState, useSyncExternalStore } from 'react';
import { onStorageAnswer, storageAnswer } from './persistentStorage';
import '../notice.css';

/** What may happen to storage the browser has not promised to keep, and what helps. */
export const MAY_BE_CLEARED =
  'This browser has not promised to keep Keel’s storage. Some browsers, Safari among them, clear what a site stored after some days without a visit, unless it is added to the home screen; others clear it when space runs low. Adding Keel to your home screen helps, and a backup kept somewhere safe protects your journal either way.';

/** Said once after a save when the browser would not promise to keep Keel's storage. */
export function StorageNote() {
  const answer = useSyncExternalStore(onStorageAnswer, storageAnswer);
  const [closed, setClosed] = useState(false);
  if (answer !== false || closed) return null;
  return (
    <section className="notice" role="note" aria-label="Storage on this device">
      <p>{MAY_BE_CLEARED}</p>
      <button type="button" onClick={() => setClosed(true)}>
        Got it
      </button>
    </section>
  );
}
