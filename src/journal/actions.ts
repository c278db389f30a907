/**
 * What the journal views do: each action writes through db/repo, then updates the
 * store. Errors reach the caller, which shows a kind message (see ui/messages.ts).
 */
import { requireKey, useKeel } from '../app/store';
import * as repo from '../db/repo';
import { type Draft, type Entry, NEW_DRAFT_ID, type Tag, type TagKind } from '../db/types';
import { cancelDraftSave } from './autosave';

export function newId(): string {
  return crypto.randomUUID();
}

export function blankDraft(now: number, prompt?: string): Draft {
  return {
    id: NEW_DRAFT_ID,
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
    happenedAt: entry.happenedAt,
    text: entry.text,
    mood: entry.mood,
    feelings: [...entry.feelings],
    events: [...entry.events],
    ...(entry.prompt === undefined ? {} : { prompt: entry.prompt }),
  };
}

/** Opens the editor on the unfinished new entry, or a blank one. */
export function startNewEntry(prompt?: string): void {
  const state = useKeel.getState();
  if (!state.drafts.has(NEW_DRAFT_ID)) {
    state.putDraft(blankDraft(Date.now(), prompt));
  } else if (prompt !== undefined) {
    const existing = state.drafts.get(NEW_DRAFT_ID);
    if (existing && existing.prompt === undefined) state.putDraft({ ...existing, prompt });
  }
  state.editDraft(NEW_DRAFT_ID);
}

/** Opens the editor on an existing entry, resuming an unsaved edit of it if there is one. */
export function startEditing(entry: Entry): void {
  const state = useKeel.getState();
  if (!state.drafts.has(entry.id)) state.putDraft(draftFromEntry(entry, Date.now()));
  state.editDraft(entry.id);
}

export function entryFromDraft(draft: Draft, existing: Entry | undefined, now: number): Entry {
  // Fields a newer Keel added to the stored entry are kept (db/codec.ts keeps them loose).
  const kept: Partial<Entry> = { ...existing };
  delete kept.prompt;
  return {
    ...kept,
    id: existing?.id ?? newId(),
    createdAt: existing?.createdAt ?? draft.createdAt,
    updatedAt: now,
    happenedAt: draft.happenedAt,
    text: draft.text,
    mood: draft.mood,
    feelings: draft.feelings,
    events: draft.events,
    ...(draft.prompt === undefined ? {} : { prompt: draft.prompt }),
  };
}

/** Saves the draft as an entry and removes the draft, in one transaction. */
export async function commitDraft(draft: Draft): Promise<Entry> {
  const key = requireKey();
  const state = useKeel.getState();
  let existing = draft.entryId ? state.entries.get(draft.entryId) : undefined;
  // While older entries are still opening, the one this draft edits may not be in yet.
  if (draft.entryId && !existing) existing = await repo.readEntry(key, draft.entryId);
  const entry = entryFromDraft(draft, existing, Date.now());
  cancelDraftSave();
  await repo.saveEntry(key, entry, draft.id);
  const after = useKeel.getState();
  after.putEntry(entry);
  after.removeDraft(draft.id);
  return entry;
}

export async function discardDraft(draftId: string): Promise<void> {
  cancelDraftSave();
  await repo.deleteDraft(draftId);
  useKeel.getState().removeDraft(draftId);
}

export async function deleteEntry(id: string): Promise<void> {
  const state = useKeel.getState();
  const entry = state.entries.get(id);
  if (!entry) return;
  await repo.deleteEntry(id);
  const after = useKeel.getState();
  after.removeEntry(id);
  after.removeDraft(id);
  after.setRecentlyDeleted(entry);
}

/** Puts the last deleted entry back, sealed afresh. */
export async function undoDelete(): Promise<Entry | null> {
  const entry = useKeel.getState().recentlyDeleted;
  if (!entry) return null;
  await repo.saveEntry(requireKey(), entry);
  const after = useKeel.getState();
  after.putEntry(entry);
  after.setRecentlyDeleted(null);
  return entry;
}

export async function addTag(kind: TagKind, name: string): Promise<Tag> {
  const state = useKeel.getState();
  const order = Math.max(-1, ...state.tags.filter((t) => t.kind === kind).map((t) => t.order)) + 1;
  const now = Date.now();
  const tag: Tag = {
    id: newId(),
    kind,
    name: name.trim(),
    hidden: false,
    order,
    createdAt: now,
    updatedAt: now,
  };
  await repo.saveTags(requireKey(), [tag]);
  useKeel.getState().setTags([...useKeel.getState().tags, tag]);
  return tag;
}

/** Saves a renamed, hidden or moved tag, marked with when it changed (a merge keeps the newer). */
export async function updateTag(changed: Tag): Promise<void> {
  const tag: Tag = { ...changed, updatedAt: Date.now() };
  await repo.saveTags(requireKey(), [tag]);
  useKeel.getState().setTags(useKeel.getState().tags.map((t) => (t.id === tag.id ? tag : t)));
}
