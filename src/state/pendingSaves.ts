/**
 * Saves that wait on a timer (the safety plan's autosave) and so would be lost if the
 * journal were locked in that moment. Each is held by the session while its editor is
 * open; a lock starts them all while the key is still in memory, so each write begins (its
 * encryption takes the key then) and finishes on its own. The journal's draft has its own
 * path, sealed as it is typed.
 */
import { currentSession } from './session';

/**
 * Registers a starter (and what to drop when the session ends without writing) until the
 * returned function is called. Nothing is registered while the journal is locked.
 */
export function beforeJournalDrops(
  start: () => Promise<void>,
  drop: () => void = () => undefined,
): () => void {
  return currentSession()?.own({ flush: start, dispose: drop }) ?? (() => undefined);
}
