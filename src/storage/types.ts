/** The shapes of what a person writes. These are what gets encrypted; see storage/codec.ts. */

export type Mood = 1 | 2 | 3 | 4 | 5;
export const MOODS: readonly Mood[] = [1, 2, 3, 4, 5];

export type TagKind = 'feeling' | 'event';

export interface Tag {
  id: string;
  kind: TagKind;
  name: string;
  hidden: boolean;
  /** Position in pickers; lower comes first. */
  order: number;
  createdAt: number;
  /**
   * When the person last changed it (ms). Absent on the starting tags and on tags stored
   * before Keel kept it; a merge counts that as older than any change (0).
   */
  updatedAt?: number;
}

export interface Entry {
  id: string;
  /** When it was written (ms since epoch). Also stored in the clear, for the index. */
  createdAt: number;
  /** When it was last edited. */
  updatedAt: number;
  /** When it happened, as the person says (ms since epoch). Defaults to createdAt. */
  happenedAt: number;
  text: string;
  mood: Mood | null;
  /** Tag ids of kind 'feeling'. */
  feelings: string[];
  /** Tag ids of kind 'event'. */
  events: string[];
  /** A journaling prompt the entry was written with, shown above the text. */
  prompt?: string;
  /** Ids of its photos and voice notes, in order (storage/attachmentCodec.ts). */
  attachments?: string[];
  /** Optional details of harm; absent when none was filled in (history/harm.ts). */
  harm?: HarmDetails;
}

/** Optional details of an incident, each left out when empty. */
export interface HarmDetails {
  /** Where it happened. */
  place?: string;
  /** Who saw or heard it. */
  witnesses?: string;
  /** Words that were said. */
  words?: string;
  /** Injuries or medical care. */
  injuries?: string;
  /** Any report made: to whom, when. */
  report?: string;
  /** The report's number or reference. */
  reportNumber?: string;
}

/** What the editor holds while someone types; autosaved as an encrypted draft. */
export interface Draft {
  /** A new entry's own id ('new-…'; 'new' in older journals), or the id of the entry being edited. */
  id: string;
  createdAt: number;
  updatedAt: number;
  entryId: string | null;
  happenedAt: number;
  text: string;
  mood: Mood | null;
  feelings: string[];
  events: string[];
  prompt?: string;
  harm?: HarmDetails;
  /**
   * For an edit: the entry's updatedAt when the edit began, so a save can tell whether
   * another tab or an import changed it since. Absent on new entries and older drafts.
   */
  base?: number;
  /** Ids of its photos and voice notes, and those removed while editing (kept for Undo). */
  attachments?: string[];
  removedAttachments?: string[];
}

/** The one new-entry draft id of Keel before each tab had its own; still read. */
export const NEW_DRAFT_ID = 'new';

/** A choice Keel asks about once, the first time it applies: until then it is 'ask'. */
export type AskOnceChoice = 'ask' | 'on' | 'off';
export type ReframeChoice = AskOnceChoice;
export type StoryChoice = AskOnceChoice;

/** Preferences, stored encrypted like everything else. New fields need a default here. */
export interface Settings {
  /**
   * When the person last changed a preference (ms). Absent until they do; writing
   * lastBackupAt is not a change. A merge takes the newer settings (see features/backup/records.ts).
   */
  updatedAt?: number;
  /** Where quick exit goes. */
  exitUrl: string;
  /** The tab title shown while Keel is open. */
  tabTitle: string;
  /** Lock after this many idle minutes; 0 turns idle lock off. */
  idleLockMinutes: number;
  /** Lock whenever the app is hidden (tab switched, phone locked). */
  lockWhenHidden: boolean;
  /** Whether gentle reframe notes are offered after saving. */
  reframes: ReframeChoice;
  /**
   * Whether earlier hard-day entries are shown beside an entry that records longing, an
   * urge to go back or contact. Nothing is shown until the person says yes ('on').
   */
  rememberStory: StoryChoice;
  /** When the last encrypted backup was made, or null. */
  lastBackupAt: number | null;
  /**
   * The passphrase offer of a new journal: shown until answered ('waiting'); after "Not
   * now", one note after a few entries ('not-now'); then nothing more ('done'). Absent in
   * journals made before it was kept: nothing to show.
   */
  passphraseOffer?: PassphraseOffer;
  /**
   * The country whose numbers Resources start from (ISO region code, or 'other'). Absent
   * until the person chooses: then it follows the browser's language settings.
   */
  country?: string;
  /** Wrong passphrases tried while locked, not yet seen by the person (see features/lock/failedTries.ts). */
  failedTries?: FailedTries | null;
}

export interface FailedTries {
  count: number;
  /** When the last wrong passphrase was tried (ms). */
  lastAt: number;
}

export type PassphraseOffer = 'waiting' | 'not-now' | 'done';

export const DEFAULT_SETTINGS: Settings = {
  exitUrl: 'https://www.bbc.com/weather',
  tabTitle: 'Keel',
  idleLockMinutes: 5,
  lockWhenHidden: false,
  reframes: 'ask',
  rememberStory: 'ask',
  lastBackupAt: null,
};
