/**
 * Saves that wait on a timer (the safety plan's autosave) and so would be lost if the
 * journal were locked in that moment. Each registers a starter; a lock calls them all while
 * the key is still in memory, so each write begins (its encryption takes the key then) and
 * finishes on its own. The journal's draft has its own path, sealed as it is typed.
 */
type Starter = () => Promise<void>;

const starters = new Set<Starter>();

/** Registers a starter until the returned function is called. */
export function beforeJournalDrops(start: Starter): () => void {
  starters.add(start);
  return () => starters.delete(start);
}

/** Starts every pending save now; the promise settles when they all have. Never rejects. */
export function startPendingSaves(): Promise<void> {
  const started = [...starters].map((start) => {
    try {
      return start();
    } catch (error) {
      return Promise.reject(error);
    }
  });
  return Promise.allSettled(started).then(() => undefined);
}
