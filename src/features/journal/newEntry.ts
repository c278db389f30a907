/**
 * Opening the editor: on a new entry, a kept draft, or an existing entry. Only the store and
 * the tabs' draft claims: the first screen's New entry needs this and none of the writing code
 * in actions.ts (docs/decisions/0023-first-screen-path.md).
 */
import { useKeel } from '../../state/store';
import type { Draft, Entry } from '../../storage/types';
import { claimDraft, isMine, newDraftId, offeredDrafts, useDraftsElsewhere } from './tabDrafts';

export function newId(): string {
  return crypto.randomUUID();
}

export function blankDraft(now: number, prompt?: string, id = newDraftId()): Draft {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    entryId: null,
    happenedAt: now,
    text: '',
    mood: null,
    feelings: [],
    events: [],
    ...(prompt === undefined ? {} : { prompt }),
  };
}

export function draftFromEntry(entry: Entry, now: number): Draft {
  return {
    id: entry.id,
    createdAt: now,
    updatedAt: now,
    entryId: entry.id,
    base: entry.updatedAt,
    happenedAt: entry.happenedAt,
    text: entry.text,
    mood: entry.mood,
    feelings: [...entry.feelings],
    events: [...entry.events],
    ...(entry.prompt === undefined ? {} : { prompt: entry.prompt }),
    ...(entry.attachments?.length ? { attachments: [...entry.attachments] } : {}),
    ...(entry.harm === undefined ? {} : { harm: { ...entry.harm } }),
  };
}

/**
 * Opens the editor on this tab's unfinished new entry, else on the newest one left by a
 * closed tab (not one open in another tab), else on a blank one with its own id.
 */
export function startNewEntry(prompt?: string): void {
  const state = useKeel.getState();
  const offered = offeredDrafts(state.drafts.values(), useDraftsElsewhere.getState().ids);
  const existing = offered.find((draft) => isMine(draft.id)) ?? offered[0];
  const draft = existing ?? blankDraft(Date.now(), prompt);
  if (!existing) state.putDraft(draft);
  else if (prompt !== undefined && existing.prompt === undefined) {
    state.putDraft({ ...existing, prompt });
  }
  continueDraft(draft.id);
}

/** Opens the editor on one kept draft, telling the other tabs it is open here. */
export function continueDraft(id: string): void {
  claimDraft(id);
  useKeel.getState().editDraft(id);
}

/** Opens the editor on an existing entry, resuming an unsaved edit of it if there is one. */
export function startEditing(entry: Entry): void {
  const state = useKeel.getState();
  if (!state.drafts.has(entry.id)) state.putDraft(draftFromEntry(entry, Date.now()));
  continueDraft(entry.id);
}
