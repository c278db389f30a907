/**
 * When two tabs (or a tab and an import) change one entry: the rule that tells whether a
 * save would overwrite words it never saw. Pure, so it is easy to test.
 */
import type { StoredEntry } from '../../storage/entryReads';
import type { Draft, Entry } from '../../storage/types';

/** Why a save stopped: the stored entry changed (null: its row cannot be read), or it is gone. */
export type SaveConflict = { kind: 'changed'; stored: Entry | null } | { kind: 'deleted' };

export class SaveConflictError extends Error {
  constructor(readonly conflict: SaveConflict) {
    super('The entry changed in another tab since this edit began');
    this.name = 'SaveConflictError';
  }
}

/**
 * True when the entry differs from the version the edit began from. A draft from before
 * Keel kept that version compares with when the edit began instead.
 */
export function changedSince(draft: Draft, entry: Entry): boolean {
  return draft.base !== undefined
    ? entry.updatedAt !== draft.base
    : entry.updatedAt > draft.createdAt;
}

/** What stops this draft from being saved over what storage holds now, or null. */
export function findConflict(draft: Draft, stored: StoredEntry): SaveConflict | null {
  if (draft.entryId === null) return null;
  switch (stored.found) {
    case 'none':
      return { kind: 'deleted' };
    case 'unreadable':
      return { kind: 'changed', stored: null };
    case 'entry':
      return changedSince(draft, stored.entry) ? { kind: 'changed', stored: stored.entry } : null;
  }
}

/** True when the person chose "Use this version" over this very conflict (nothing newer since). */
export function sameConflict(now: SaveConflict, accepted: SaveConflict | undefined): boolean {
  if (!accepted || now.kind !== accepted.kind) return false;
  if (now.kind === 'deleted') return true;
  const before = (accepted as { stored: Entry | null }).stored;
  return now.stored === null
    ? before === null
    : before !== null && now.stored.updatedAt === before.updatedAt;
}
