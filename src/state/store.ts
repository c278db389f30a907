/**
 * The one store: the unlocked journal in memory, and where the person is in the app.
 * resetAll() drops every decrypted object and the key (lock, quick exit).
 */
import { create } from 'zustand';
import type { LoadedJournal } from '../storage/entryReads';
import {
  DEFAULT_SETTINGS,
  type Draft,
  type Entry,
  type Settings,
  type Tag,
} from '../storage/types';

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

/** 'wiped': Delete everything is done; nothing is stored until a new journal is started. */
export type Phase = 'starting' | 'locked' | 'open' | 'blocked' | 'failed' | 'wiped';

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
  /**
   * Which opening of the journal this is: every open() and resetAll() takes a new one, so
   * work begun for an earlier opening (a late chunk of entries) can tell it is stale.
   */
  epoch: number;
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
  /** The stored settings could not be read: the defaults are in use (see storage/entryReads.ts). */
  settingsDamaged: boolean;
  /**
   * True while older entries are still being decrypted after the journal opened (the
   * newest come first). The count says so, and views that need every entry wait or say so.
   */
  loading: boolean;
  /**
   * The IV of the stored row each entry was loaded from (not updated by saves: a save
   * writes a new IV). Lets a merge skip decrypting rows unchanged since they loaded.
   */
  entryIvs: ReadonlyMap<string, Uint8Array>;
  /** Entries deleted while loading, so a chunk read before the delete cannot bring one back. */
  deletedWhileLoading: ReadonlySet<string>;
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

export interface OpenOptions {
  /** More entries follow through addLoaded (the journal opens with the newest first). */
  loading?: boolean;
}

interface Actions {
  /** Puts an opened journal in the store; returns this opening's epoch. */
  open(key: CryptoKey, journal: LoadedJournal, firstRun: boolean, options?: OpenOptions): number;
  /**
   * Adds a chunk of entries loaded after open(). Ignored (returns false) when the journal
   * was locked or opened again since: a late chunk never lands in a later session. An
   * entry already in the store (saved while loading) or deleted while loading is kept as
   * the store has it. `done` ends the loading.
   */
  addLoaded(
    epoch: number,
    entries: readonly Entry[],
    unreadable: number,
    done: boolean,
    ivs?: ReadonlyMap<string, Uint8Array>,
  ): boolean;
  /** Merges records written by an import into the open journal, in one change. */
  mergeRecords(records: {
    entries: readonly Entry[];
    drafts: readonly Draft[];
    tags: readonly Tag[];
    settings?: Settings;
  }): void;
  setPhase(phase: Phase, problem?: string): void;
  resetAll(phase?: Phase, problem?: string): void;
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
  epoch: 0,
  firstRun: false,
  problem: null,
  entries: new Map(),
  drafts: new Map(),
  tags: [],
  settings: DEFAULT_SETTINGS,
  unreadable: 0,
  settingsDamaged: false,
  loading: false,
  entryIvs: new Map(),
  deletedWhileLoading: new Set(),
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

/** Tags in storage order (by id), as a fresh load gives them. */
export function inStorageOrder(tags: Iterable<Tag>): Tag[] {
  return [...tags].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The last epoch handed out (kept outside the store, so a reset never reuses one). */
let lastEpoch = 0;

export const useKeel = create<KeelState>()((set, get) => ({
  ...initialData,
  open: (key, journal, firstRun, options = {}) => {
    lastEpoch += 1;
    set({
      ...initialData,
      phase: 'open',
      key,
      epoch: lastEpoch,
      firstRun,
      entries: byId(journal.entries),
      drafts: byId(journal.drafts),
      tags: journal.tags,
      settings: journal.settings,
      unreadable: journal.unreadable,
      settingsDamaged: journal.settingsDamaged ?? false,
      entryIvs: journal.entryIvs ?? new Map(),
      loading: options.loading ?? false,
    });
    return lastEpoch;
  },
  addLoaded: (epoch, loaded, unreadable, done, ivs) => {
    const state = get();
    if (state.epoch !== epoch || state.phase !== 'open' || !state.loading) return false;
    const entries = new Map(state.entries);
    const entryIvs = new Map(state.entryIvs);
    for (const entry of loaded) {
      if (!entries.has(entry.id) && !state.deletedWhileLoading.has(entry.id)) {
        entries.set(entry.id, entry);
        const iv = ivs?.get(entry.id);
        if (iv) entryIvs.set(entry.id, iv);
      }
    }
    set({
      entries,
      entryIvs,
      unreadable: state.unreadable + unreadable,
      ...(done ? { loading: false, deletedWhileLoading: new Set<string>() } : {}),
    });
    return true;
  },
  mergeRecords: (records) =>
    set((state) => {
      const tags = new Map(state.tags.map((tag) => [tag.id, tag]));
      for (const tag of records.tags) tags.set(tag.id, tag);
      const entries = new Map(state.entries);
      for (const entry of records.entries) entries.set(entry.id, entry);
      const drafts = new Map(state.drafts);
      for (const draft of records.drafts) drafts.set(draft.id, draft);
      return {
        entries,
        drafts,
        tags: inStorageOrder(tags.values()),
        settings: records.settings ?? state.settings,
      };
    }),
  setPhase: (phase, problem) => set({ phase, problem: problem ?? null }),
  resetAll: (phase = 'locked', problem) => {
    lastEpoch += 1;
    set({ ...initialData, phase, problem: problem ?? null, epoch: lastEpoch });
  },
  go: (view) => set({ view }),
  openEntry: (id) => set({ view: 'entry', openEntryId: id }),
  editDraft: (draftId) => set({ view: 'editor', editingDraftId: draftId }),
  putEntry: (entry) => set((state) => ({ entries: new Map(state.entries).set(entry.id, entry) })),
  removeEntry: (id) =>
    set((state) => {
      const entries = new Map(state.entries);
      entries.delete(id);
      if (!state.loading) return { entries };
      return { entries, deletedWhileLoading: new Set(state.deletedWhileLoading).add(id) };
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

/**
 * Resolves true once every entry of the open journal is in the store, or false when it is
 * locked (or opened again) first.
 */
export function whenJournalLoaded(): Promise<boolean> {
  const at = useKeel.getState();
  if (at.phase !== 'open') return Promise.resolve(false);
  if (!at.loading) return Promise.resolve(true);
  return new Promise((resolve) => {
    const unsubscribe = useKeel.subscribe((state) => {
      if (state.epoch !== at.epoch || state.phase !== 'open') {
        unsubscribe();
        resolve(false);
      } else if (!state.loading) {
        unsubscribe();
        resolve(true);
      }
    });
  });
}

/** The data key, or an error when the journal is locked (callers act only when open). */
export function requireKey(): CryptoKey {
  const key = useKeel.getState().key;
  if (!key) throw new Error('The journal is locked');
  return key;
}
