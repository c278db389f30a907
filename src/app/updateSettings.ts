/**
 * Saves a change to the settings (encrypted like everything else). The change shows at
 * once, so a ticked box stays ticked; if the write fails, the changed fields go back to
 * what they were (unless changed again since) and the caller shows why.
 */
import { saveSettings } from '../db/repo';
import type { Settings } from '../db/types';
import { requireKey, useKeel } from './store';

/** Writes one after another, so an older change can never land after a newer one. */
let queue: Promise<unknown> = Promise.resolve();

export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  const key = requireKey();
  const before = useKeel.getState().settings;
  const next = { ...before, ...patch };
  useKeel.getState().setSettings(next);
  try {
    const write = queue.then(() => saveSettings(key, next));
    queue = write.catch(() => undefined);
    await write;
  } catch (error) {
    const now = useKeel.getState().settings;
    const undo: Partial<Settings> = {};
    for (const name of Object.keys(patch) as (keyof Settings)[]) {
      if (now[name] === next[name]) Object.assign(undo, { [name]: before[name] });
    }
    if (useKeel.getState().phase === 'open') useKeel.getState().setSettings({ ...now, ...undo });
    throw error;
  }
}
