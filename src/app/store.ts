/**
 * The one store: the unlocked journal in memory, and where the person is in the app.
 * resetAll() drops every decrypted object and the key (lock, quick exit).
 */
import { create } from 'zustand';
import type { LoadedJournal } from '../db/repo';
import { DEFAULT_SETTINGS, type Draft, type Entry, type Settings, type Tag } from '../db/types';

export type View =
  | 'journal'
  | 'entry'
  | 'editor'
  | 'patterns'
  | 'reflect'
  | 'safety'
  | 'settings'
  | 'staying-safe'
  | 'report';

export type Phase = 'starting' | 'locked' | 'open' | 'blocked' | 'failed';

export interface Filters {
  feelings: string[];
  events: string[];
  moods: number[];
  /** Inclusive day bounds as yyyy-mm-dd, or '' for none. */
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { feelings: [], events: [], moods: [], from: '', to: '' };

interface SessionSlice {
  phase: Phase;
  key: CryptoKey | null;
  firstRun: boolean;
  /** Why the app cannot go on (blocked upgrade, failed start), in kind words. */
  problem: string | null;
}

interface JournalSlice {
  entries: ReadonlyMap<string, Entry>;
  drafts: ReadonlyMap<string, Draft>;
  tags: readonly Tag[];
  settings: Settings;
  unreadable: number;
  /** The last deleted entry, kept in memory so it can be restored. */
  recentlyDeleted: Entry | null;
}

interface UiSlice {
  view: View;
  openEntryId: string | null;
  editingDraftId: string | null;
  filters: Filters;
  query: string;
  /** A short message for the live region ("Saved", "Entry deleted"). */
  status: string;
}

interface Actions {
  open(key: CryptoKey, journal: LoadedJournal, firstRun: boolean): void;
  setPhase(phase: Phase, problem?: string): void;
  resetAll(phase?: Phase): void;
  go(view: View): void;
  openEntry(id: string): void;
  editDraft(draftId: string): void;
  putEntry(entry: Entry): void;
  removeEntry(id: string): void;
  putDraft(draft: Draft): void;
  removeDraft(id: string): void;
  setTags(tags: Tag[]): void;
  setSettings(settings: Settings): void;
  setFilters(filters: Filters): void;
  setQuery(query: string): void;
  setStatus(status: string): void;
  setRecentlyDeleted(entry: Entry | null): void;
}

export type KeelState = SessionSlice & JournalSlice & UiSlice & Actions;

const initialData: SessionSlice & JournalSlice & UiSlice = {
  phase: 'starting',
  key: null,
  firstRun: false,
  problem: null,
  entries: new Map(),
  drafts: new Map(),
  tags: [],
  settings: DEFAULT_SETTINGS,
  unreadable: 0,
  recentlyDeleted: null,
  view: 'journal',
  openEntryId: null,
  editingDraftId: null,
  filters: NO_FILTERS,
  query: '',
  status: '',
};

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export const useKeel = create<KeelState>()((set) => ({
  ...initialData,
  open: (key, journal, firstRun) =>
    set({
      ...initialData,
      phase: 'open',
      key,
      firstRun,
      entries: byId(journal.entries),
      drafts: byId(journal.drafts),
      tags: journal.tags,
      settings: journal.settings,
      unreadable: journal.unreadable,
    }),
  setPhase: (phase, problem) => set({ phase, problem: problem ?? null }),
  resetAll: (phase = 'locked') => set({ ...initialData, phase }),
  go: (view) => set({ view }),
  openEntry: (id) => set({ view: 'entry', openEntryId: id }),
  editDraft: (draftId) => set({ view: 'editor', editingDraftId: draftId }),
  putEntry: (entry) => set((state) => ({ entries: new Map(state.entries).set(entry.id, entry) })),
  removeEntry: (id) =>
    set((state) => {
      const entries = new Map(state.entries);
      entries.delete(id);
      return { entries };
    }),
  putDraft: (draft) => set((state) => ({ drafts: new Map(state.drafts).set(draft.id, draft) })),
  removeDraft: (id) =>
    set((state) => {
      const drafts = new Map(state.drafts);
      drafts.delete(id);
      return { drafts };
    }),
  setTags: (tags) => set({ tags }),
  setSettings: (settings) => set({ settings }),
  setFilters: (filters) => set({ filters }),
  setQuery: (query) => set({ query }),
  setStatus: (status) => set({ status }),
  setRecentlyDeleted: (entry) => set({ recentlyDeleted: entry }),
}));

/** The data key, or an error when the journal is locked (callers act only when open). */
export function requireKey(): CryptoKey {
  const key = useKeel.getState().key;
  if (!key) throw new Error('The journal is locked');
  return key;
}
