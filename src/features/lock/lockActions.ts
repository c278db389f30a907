/**
 * What the lock screens need from the app that composes them: opening the journal once its
 * key is at hand, deleting everything, and quick exit. The app provides them (App.tsx), so
 * this feature never imports the app.
 */
import { createContext, useContext } from 'react';

export interface LockActions {
  /** Opens the journal with its key; `firstRun` for a new one, `withoutPassphrase` when none. */
  openJournal(key: CryptoKey, firstRun?: boolean, withoutPassphrase?: boolean): Promise<unknown>;
  /** Removes the whole journal from this device (Delete everything). */
  deleteEverything(): Promise<void>;
  /** Leaves for the exit page at once. */
  quickExit(): void;
}

export const LockActionsContext = createContext<LockActions | null>(null);

export function useLockActions(): LockActions {
  const actions = useContext(LockActionsContext);
  if (!actions) throw new Error('The lock screens need LockActionsContext from the app');
  return actions;
}
