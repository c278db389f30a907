/**
 * Nothing left behind: the photos and voice notes no entry or draft holds any more are
 * removed with every chunk, when an entry's Undo is no longer offered, when a save or a
 * discard lets one go, and (for anything a closed tab or a cut-off add or import left) once
 * the journal has opened and every entry is read. Small on purpose: the removal code loads
 * only when there is something to remove.
 */
import { database, type KeelDatabase } from '../../../storage/schema';
import type { Draft, Entry } from '../../../storage/types';
import { useKeel } from '../../../state/store';

type State = ReturnType<typeof useKeel.getState>;

/** A photo added this recently may belong to a draft another tab has yet to write. */
export const UNHELD_GRACE_MS = 60 * 60 * 1000;

const pending = new Set<Promise<unknown>>();

function track(work: Promise<unknown>): void {
  const settled = work.catch((error: unknown) => console.error(error));
  pending.add(settled);
  void settled.finally(() => pending.delete(settled));
}

/** Resolves once every removal and sweep started so far has settled (for tests). */
export async function whenMediaSwept(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}

/** Every attachment id the open journal's entries and drafts (and an entry Undo can bring back) list. */
export function heldIds(state: State): Set<string> {
  const held = new Set<string>();
  const add = (ids: readonly string[] | undefined) => ids?.forEach((id) => held.add(id));
  for (const entry of state.entries.values()) add(entry.attachments);
  for (const draft of state.drafts.values()) {
    add(draft.attachments);
    add(draft.removedAttachments);
  }
  add(state.recentlyDeleted?.attachments);
  return held;
}

/**
 * True when the store holds every entry and draft, so what none holds is known. A sweep
 * also needs every row read (a damaged one may list a photo); a removal the person asked
 * for does not wait on that.
 */
function knowsAll(state: State, everyRowRead = false): boolean {
  return state.phase === 'open' && !state.loading && (!everyRowRead || state.unreadable === 0);
}

function remove(ids: readonly string[], db: KeelDatabase): void {
  if (ids.length === 0) return;
  track(
    import('../../../storage/mediaSweep').then(({ deleteAttachmentRows }) =>
      deleteAttachmentRows(ids, db),
    ),
  );
}

/**
 * Removes these attachments unless some entry or draft still holds one (two entries share
 * photos after "Keep both"). Decided a moment later, once the caller has updated the store
 * (a discarded draft gone, a saved entry in). While that is not known (still loading, or
 * locked), they stay for the sweep at the next opening.
 */
export function removeAttachmentsLater(ids: readonly string[]): void {
  if (ids.length === 0) return;
  const db = database(); // this journal's, even if another opens meanwhile
  track(
    Promise.resolve().then(() => {
      const state = useKeel.getState();
      if (!knowsAll(state)) return;
      const held = heldIds(state);
      remove(
        ids.filter((id) => !held.has(id)),
        db,
      );
    }),
  );
}

/**
 * After a delete: once Undo is no longer offered for this entry (dismissed, another delete,
 * a lock or quick exit) and it did not come back, its photos and voice notes go. Which
 * ones is decided now, while every other entry is in memory.
 */
export function forgetMediaAfterUndo(entry: Entry, draft: Draft | undefined): void {
  const state = useKeel.getState();
  const listed = new Set([
    ...(entry.attachments ?? []),
    ...(draft?.attachments ?? []),
    ...(draft?.removedAttachments ?? []),
  ]);
  if (listed.size === 0 || !knowsAll(state)) return;
  const others = heldIds({ ...state, recentlyDeleted: null });
  const ids = [...listed].filter((id) => !others.has(id));
  const db = database();
  const stop = useKeel.subscribe((now) => {
    if (now.recentlyDeleted?.id === entry.id) return;
    stop();
    if (now.entries.has(entry.id)) return; // Undo
    const held = now.phase === 'open' ? heldIds(now) : new Set<string>();
    remove(
      ids.filter((id) => !held.has(id)),
      db,
    );
  });
}

/**
 * Once an opened journal holds every entry: removes chunks whose description is gone,
 * earlier versions whose entry is gone, and (when every entry and draft could be read)
 * photos and voice notes none of them holds.
 */
export function sweepMediaAfterOpen(epoch: number): void {
  const state = useKeel.getState();
  if (state.epoch !== epoch || state.phase !== 'open' || state.loading) return;
  const { key } = state;
  const held = heldIds(state);
  const unheld = state.unreadable === 0 && key !== null;
  const db = database();
  track(
    import('../../../storage/mediaSweep').then(async (sweep) => {
      if (unheld) await sweep.sweepUnheldAttachments(key, held, Date.now() - UNHELD_GRACE_MS, db);
      await sweep.sweepOrphanChunks(db);
      await sweep.sweepOrphanVersions(db);
    }),
  );
}
