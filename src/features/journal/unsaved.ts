/** Whether a kept draft of an entry holds changes the entry does not have yet. */
import type { Draft, Entry } from '../../storage/types';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** True when the draft edits this entry and differs from it in anything the person wrote. */
export function hasUnsavedEdit(draft: Draft | undefined, entry: Entry): boolean {
  if (!draft || draft.entryId !== entry.id) return false;
  return (
    draft.text !== entry.text ||
    draft.mood !== entry.mood ||
    draft.happenedAt !== entry.happenedAt ||
    !sameSet(draft.feelings, entry.feelings) ||
    !sameSet(draft.events, entry.events)
  );
}

/** The ids of entries with unsaved changes kept as drafts. */
export function entriesWithUnsavedEdits(
  drafts: ReadonlyMap<string, Draft>,
  entries: ReadonlyMap<string, Entry>,
): Set<string> {
  const ids = new Set<string>();
  for (const draft of drafts.values()) {
    const entry = draft.entryId ? entries.get(draft.entryId) : undefined;
    if (entry && hasUnsavedEdit(draft, entry)) ids.add(entry.id);
  }
  return ids;
}
