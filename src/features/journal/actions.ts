/**
 * What the journal views do: each action writes through storage/writes (and drafts), then updates the
 * store. Errors reach the caller, which shows a kind message (see ui/messages.ts).
 */
import { requireKey, useKeel } from '../../state/store';
import { tellOtherTabs } from '../../lib/tabChannel';
import * as draftStore from '../../storage/drafts';
import * as entryReads from '../../storage/entryReads';
import * as writes from '../../storage/writes';
import type { Draft, Entry, Tag, TagKind } from '../../storage/types';
import { leftOut, removeAttachmentsLater } from './attachments/ids';
import { forgetMediaAfterUndo } from './attachments/sweep';
import { cancelDraftSave } from './autosave';
import { cleanHarm } from '../../storage/harm';
import { holdVersions, takeVersions } from './history/held';
import { sealVersion } from '../../storage/versionReads';
import { contentDiffers } from '../../storage/versions';
import { findConflict, type SaveConflict, SaveConflictError, sameConflict } from './conflict';
import { draftGone } from './tabDrafts';
// Starting a new entry or an edit is in newEntry.ts, which the first screen loads; the rest waits.
import { newId } from './newEntry';

export function entryFromDraft(draft: Draft, existing: Entry | undefined, now: number): Entry {
  // Fields a newer Keel added to the stored entry are kept (storage/codec.ts keeps them loose).
  const kept: Partial<Entry> = { ...existing };
  delete kept.prompt;
  delete kept.attachments;
  delete kept.harm;
  const harm = cleanHarm(draft.harm);
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
    ...(draft.attachments?.length ? { attachments: draft.attachments } : {}),
    ...(harm === undefined ? {} : { harm }),
  };
}

/**
 * Saves the draft as an entry and removes the draft, in one transaction. An edit is saved
 * only over the version it began from, as storage holds it now: when another tab or an
 * import changed (or deleted) the entry since, it throws SaveConflictError and writes
 * nothing, unless `accepted` is that very conflict ("Use this version").
 */
export async function commitDraft(draft: Draft, accepted?: SaveConflict): Promise<Entry> {
  const key = requireKey();
  const stored = draft.entryId ? await entryReads.readStoredEntry(key, draft.entryId) : null;
  const conflict = stored && findConflict(draft, stored);
  if (conflict && !sameConflict(conflict, accepted)) throw new SaveConflictError(conflict);
  const existing = stored?.found === 'entry' ? stored.entry : undefined;
  const entry = entryFromDraft(draft, existing, Date.now());
  cancelDraftSave();
  if (stored?.found === 'entry') {
    // A save that changes what was written keeps the entry as it was (autosave never does).
    const earlier = contentDiffers(stored.entry, entry)
      ? await sealVersion(key, stored.entry, entry.updatedAt)
      : undefined;
    const written = await writes.saveEntryIfUnchanged(key, entry, draft.id, stored.iv, earlier);
    if (!written) throw new SaveConflictError(await conflictNow(key, draft));
  } else {
    await writes.saveEntry(key, entry, draft.id);
  }
  if (conflict?.kind === 'deleted' && draft.entryId) useKeel.getState().removeEntry(draft.entryId);
  settleSaved(entry, draft.id);
  removeAttachmentsLater(
    leftOut([existing?.attachments, draft.removedAttachments], entry.attachments),
  );
  return entry;
}

/** The conflict as storage has it now (after a write that lost the race). */
async function conflictNow(key: CryptoKey, draft: Draft): Promise<SaveConflict> {
  const stored = await entryReads.readStoredEntry(key, draft.entryId as string);
  return stored.found === 'none'
    ? { kind: 'deleted' }
    : { kind: 'changed', stored: stored.found === 'entry' ? stored.entry : null };
}

/**
 * "Keep both": the draft's text becomes an entry of its own, and the entry it began from
 * stays as the other tab (or the import) left it.
 */
export async function keepBoth(draft: Draft, conflict: SaveConflict): Promise<Entry> {
  const key = requireKey();
  const entry = entryFromDraft({ ...draft, entryId: null }, undefined, Date.now());
  cancelDraftSave();
  await writes.saveEntry(key, entry, draft.id);
  if (draft.entryId) {
    const state = useKeel.getState();
    if (conflict.kind === 'deleted') state.removeEntry(draft.entryId);
    else if (conflict.stored) state.putEntry(conflict.stored);
  }
  settleSaved(entry, draft.id);
  return entry;
}

function settleSaved(entry: Entry, draftId: string): void {
  const after = useKeel.getState();
  after.putEntry(entry);
  after.removeDraft(draftId);
  draftGone(draftId);
  tellOtherTabs({ type: 'entry-saved', id: entry.id });
}

export async function discardDraft(draftId: string): Promise<void> {
  cancelDraftSave();
  const state = useKeel.getState();
  const draft = state.drafts.get(draftId);
  await draftStore.deleteDraft(draftId);
  if (draft) {
    const entry = draft.entryId ? state.entries.get(draft.entryId) : undefined;
    removeAttachmentsLater(
      leftOut([draft.attachments, draft.removedAttachments], entry?.attachments),
    );
  }
  useKeel.getState().removeDraft(draftId);
  draftGone(draftId);
}

export async function deleteEntry(id: string): Promise<void> {
  const state = useKeel.getState();
  const entry = state.entries.get(id);
  if (!entry) return;
  const draft = state.drafts.get(id);
  holdVersions(id, await writes.deleteEntryMarked(requireKey(), id));
  const after = useKeel.getState();
  after.removeEntry(id);
  after.removeDraft(id);
  after.setRecentlyDeleted(entry);
  forgetMediaAfterUndo(entry, draft);
  draftGone(id);
  tellOtherTabs({ type: 'entry-deleted', id });
}

/** Puts the last deleted entry back, sealed afresh. */
export async function undoDelete(): Promise<Entry | null> {
  const entry = useKeel.getState().recentlyDeleted;
  if (!entry) return null;
  await writes.restoreEntry(requireKey(), entry, takeVersions(entry.id));
  const after = useKeel.getState();
  after.putEntry(entry);
  after.setRecentlyDeleted(null);
  tellOtherTabs({ type: 'entry-saved', id: entry.id });
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
  await writes.saveTags(requireKey(), [tag]);
  useKeel.getState().setTags([...useKeel.getState().tags, tag]);
  return tag;
}

/** Saves a renamed, hidden or moved tag, marked with when it changed (a merge keeps the newer). */
export async function updateTag(changed: Tag): Promise<void> {
  const tag: Tag = { ...changed, updatedAt: Date.now() };
  await writes.saveTags(requireKey(), [tag]);
  useKeel.getState().setTags(useKeel.getState().tags.map((t) => (t.id === tag.id ? tag : t)));
}
