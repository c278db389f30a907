/** The app's side of the lock screens (features/lock/lockActions.ts), handed in by App. */
import type { LockActions } from '../features/lock/lockActions';
import { deleteEverything } from './deleteEverything';
import { quickExit } from './quickExit';
import { openJournal } from './start';

export const LOCK_ACTIONS: LockActions = { openJournal, deleteEverything, quickExit };
