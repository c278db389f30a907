/** Whether a new version waits, for the update notice (registerServiceWorker.ts sets it). */
import { create } from 'zustand';

/**
 * none: nothing to do. ready: a new version waits for this page's "Reload now".
 * elsewhere: another tab moved to a new version; this page runs older code.
 * unsaved: the reload was held back because the draft could not be written.
 */
export type UpdateState = 'none' | 'ready' | 'elsewhere' | 'unsaved';

interface UpdateSlice {
  state: UpdateState;
  /** The person chose "Later"; the notice stays hidden until something new happens. */
  dismissed: boolean;
}

export const useUpdate = create<UpdateSlice>()(() => ({ state: 'none', dismissed: false }));

/** "Later": hide the notice; the old version keeps working. */
export function dismissUpdate(): void {
  useUpdate.setState({ dismissed: true });
}
