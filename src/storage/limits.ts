/**
 * Every length limit of what a person writes, stated once. The inputs, the save, the
 * decoders (storage/codec.ts, storage/reflectSafetyCodec.ts) and so the backup validator all read these, so
 * nothing can be typed, saved or restored that could not be read back.
 */
export const LIMITS = {
  /** Row ids (stored in the clear). */
  id: 100,
  /** One journal entry, and its draft. */
  entryText: 1_000_000,
  /** The journaling prompt shown above an entry. */
  prompt: 2000,
  tagName: 200,
  tagsPerEntry: 500,
  tabTitle: 100,
  exitUrl: 2000,
  /** Safety plan and resource fields of one line or a few: names, notes, a code word. */
  short: 2000,
  /** The safety plan's longer notes. */
  long: 100_000,
  /** Ticked items in one checklist of the plan; safe people in the plan. */
  listItems: 200,
  /** A number to call or to text. */
  phone: 100,
  /** What to put in a text message to a service. */
  textBody: 200,
  /** A sign id in a self-check. */
  signId: 100,
  /** Each optional detail of harm on an entry: where, who saw or heard, words said, injuries, a report. */
  harmDetail: 20_000,
  /** The number or reference of a report made. */
  reportNumber: 200,
} as const;

/** True when a text is longer than `limit`. */
export function isTooLong(text: string, limit: number): boolean {
  return text.length > limit;
}

/** A record refused before it was stored, because it could not have been read back. */
export class TooLongError extends Error {
  constructor(readonly limit: number | null) {
    // The words a person reads come from the catalogue (ui/messages.ts); this is for logs.
    super(limit === null ? 'record could not be read back' : `text over its limit of ${limit}`);
    this.name = 'TooLongError';
  }
}

/** True when a failed write was the device running out of space (Dexie wraps the DOMException). */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return name === 'QuotaExceededError' || isQuotaError(inner, depth + 1);
}
