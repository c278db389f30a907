/**
 * Saves a change to the settings (encrypted like everything else). The change shows at
 * once, so a ticked box stays ticked; if the write fails, the changed fields go back to
 * what they were (unless changed again since) and the caller shows why.
 */
import { saveSettings } from '../storage/writes';
import type { Settings } from '../storage/types';
import { requireKey, useKeel } from './store';

/** Writes one after another, so an older change can never land after a newer one. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * `edit: false` is for Keel's own notes (when the last backup was made): they keep the
 * settings' `updatedAt`, so a routine backup never makes old preferences look newer than
 * a real change made on another device (docs/decisions/0010).
 */
export async function updateSettings(
  patch: Partial<Settings>,
  { edit = true }: { edit?: boolean } = {},
): Promise<void> {
  const key = requireKey();
  const before = useKeel.getState().settings;
  // Marked with when it changed, so a merge of a backup keeps the newer settings.
  const next: Settings = { ...before, ...patch, ...(edit ? { updatedAt: Date.now() } : {}) };
  useKeel.getState().setSettings(next);
  try {
    const write = queue.then(() => saveSettings(key, next));
    queue = write.catch(() => undefined);
    await write;
  } catch (error) {
    const now = useKeel.getState().settings;
    const undo: Partial<Settings> = {};
    for (const name of [...Object.keys(patch), 'updatedAt'] as (keyof Settings)[]) {
      if (now[name] === next[name]) Object.assign(undo, { [name]: before[name] });
    }
    if (useKeel.getState().phase === 'open') useKeel.getState().setSettings({ ...now, ...undo });
    throw error;
  }
}
