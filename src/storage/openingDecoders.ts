/**
 * The decoders opening the journal uses: the quick checks (quickDecoders.ts), and codec.ts
 * with valibot loaded only for a record they leave to it (docs/decisions/0023).
 */
import { quickDraft, quickEntry, quickSettings, quickTag } from './quickDecoders';
import type { QuickDecoder } from './sealedRows';
import { DEFAULT_SETTINGS, type Draft, type Entry, type Settings, type Tag } from './types';

/** The settings of a journal that has none stored (what decodeSettings({}) gives). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS };
}

const codec = () => import('./codec');

/** For openRows: the quick check, and codec.ts (with valibot) loaded only when it declines one. */
export const ENTRY_DECODER: QuickDecoder<Entry> = {
  quick: quickEntry,
  full: () => codec().then((c) => c.decodeEntry),
};
export const DRAFT_DECODER: QuickDecoder<Draft> = {
  quick: quickDraft,
  full: () => codec().then((c) => c.decodeDraft),
};
export const TAG_DECODER: QuickDecoder<Tag> = {
  quick: quickTag,
  full: () => codec().then((c) => c.decodeTag),
};
export const SETTINGS_DECODER: QuickDecoder<Settings> = {
  quick: quickSettings,
  full: () => codec().then((c) => c.decodeSettings),
};
