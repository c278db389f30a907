/**
 * Drafts across tabs. Each tab's new entry has its own draft id, so saving in one tab never
 * removes another's words. A tab tells the others which drafts it has open; a draft left by
 * a closed (or locked) tab is offered back, and one still open elsewhere is not offered twice.
 */
import { create } from 'zustand';
import { tellOtherTabs } from '../../lib/tabChannel';
import type { Draft } from '../../storage/types';

/** Drafts another live Keel tab has open (ids only). */
export const useDraftsElsewhere = create<{ ids: ReadonlySet<string> }>(() => ({
  ids: new Set<string>(),
}));

/** Drafts this tab opened in its editor since the journal opened. */
const mine = new Set<string>();

export function newDraftId(): string {
  return `new-${crypto.randomUUID()}`;
}

export function isMine(id: string): boolean {
  return mine.has(id);
}

export function myDraftIds(): string[] {
  return [...mine];
}

/** This tab opens the draft: the others stop offering it. */
export function claimDraft(id: string): void {
  mine.add(id);
  tellOtherTabs({ type: 'drafts-open', ids: [id] });
}

/** The draft became an entry or was thrown away here: every tab forgets it. */
export function draftGone(id: string): void {
  mine.delete(id);
  tellOtherTabs({ type: 'draft-gone', id });
}

/** This tab no longer holds its drafts open (locked, leaving): others may offer them. */
export function releaseDrafts(): void {
  if (mine.size > 0) tellOtherTabs({ type: 'drafts-released', ids: [...mine] });
  mine.clear();
}

export function openElsewhere(ids: readonly string[]): void {
  const next = new Set(useDraftsElsewhere.getState().ids);
  for (const id of ids) if (!mine.has(id)) next.add(id);
  useDraftsElsewhere.setState({ ids: next });
}

export function notElsewhere(ids: readonly string[]): void {
  const next = new Set(useDraftsElsewhere.getState().ids);
  for (const id of ids) next.delete(id);
  useDraftsElsewhere.setState({ ids: next });
}

/** Forgets every answer (on opening the journal, before asking again). */
export function forgetElsewhere(): void {
  useDraftsElsewhere.setState({ ids: new Set<string>() });
}

/** The unfinished new entries this tab may offer: not open in another tab, newest first. */
export function offeredDrafts(drafts: Iterable<Draft>, elsewhere: ReadonlySet<string>): Draft[] {
  return [...drafts]
    .filter((draft) => draft.entryId === null && !elsewhere.has(draft.id))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}
