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

type Codec = typeof import('./codec');

/** For openRows: the quick check, and codec.ts (with valibot) loaded only when it declines one. */
function withCodec<T>(
  quick: (value: unknown) => T | null,
  pick: (codec: Codec) => (value: unknown) => T,
): QuickDecoder<T> {
  return { quick, full: () => import('./codec').then(pick) };
}

export const ENTRY_DECODER = withCodec<Entry>(quickEntry, (c) => c.decodeEntry);
export const DRAFT_DECODER = withCodec<Draft>(quickDraft, (c) => c.decodeDraft);
export const TAG_DECODER = withCodec<Tag>(quickTag, (c) => c.decodeTag);
export const SETTINGS_DECODER = withCodec<Settings>(quickSettings, (c) => c.decodeSettings);
