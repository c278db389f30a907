/**
 * "The whole story": which earlier entries to show beside an entry that notes longing, an
 * urge to go back or contact, and which of their words to quote. Pure: no clock, no store.
 *
 * At a moment of longing the person needs their own record of what happened, never a
 * line that turns it on themselves. So: entries that note harm come first, then the
 * hardest days; each is quoted from the sentences that say what happened; and no sentence
 * the gentle-note matcher reads as self-blame or excusing harm is ever quoted.
 */
import type { Entry } from '../../storage/types';
import { BUILTIN_TAG_IDS } from '../../storage/defaultTags';
import { matchSentence } from '../../lib/reframes';
import { dayNumber } from '../../lib/dayKey';

export interface StoryItem {
  entry: Entry;
  /** The entry's own words about what happened, safe to show. */
  quote: string;
}

const STORY_TRIGGERS: readonly string[] = [
  BUILTIN_TAG_IDS.longing,
  BUILTIN_TAG_IDS.urge,
  BUILTIN_TAG_IDS.contact,
];

/** The longest quote, in characters; whole sentences are kept where they fit. */
export const QUOTE_LENGTH = 280;

/**
 * Words that usually tell what someone did: where a quote starts, when an entry has one.
 * Only a preference; an entry without any is quoted from its first sentence that is safe.
 */
const WHAT_HAPPENED =
  /\b(?:hit|hits|slapped|punched|kicked|pushed|shoved|grabbed|grabbing|choked|strangled|threw|thrown|throwing|smashed|broke|broken|slammed|shouted|yelled|screamed|swore|threatened|threat|called me|took my|locked|followed|turned up|showed up|came to|waited outside|hurt|bruise|bruised|bruises|blocked|trapped|spat|pulled|dragged|cornered|stole|checked my|read my|wouldn't let|would not let)\b/i;

/**
 * The same in Spanish, as people write it (in the past: "me empujó", "rompió"; or a noun:
 * "golpes", "moretones"). \b does not see accented letters, so the edges are any non-letter.
 */
const WHAT_HAPPENED_ES =
  /(?<!\p{L})(?:me (?:pegó|pegaba|golpeó|empujó|empujaba|agarró|jaloneó|zarandeó|gritó|gritaba|insultó|insultaba|amenazó|amenazaba|encerró|siguió|esperó fuera|quitó|escupió|arrastró|acorraló|arrinconó|revisó|leyó|bloqueó|tiró|lastimó|hizo daño|ahorcó|estranguló)|rompió|tiró|lanzó|estrelló|golpeó|pegó|gritó|amenazó|golpe|golpes|moretón|moretones|moratón|moratones|cardenal|cardenales|no me dej(?:ó|aba)|apareció|se presentó)(?!\p{L})/iu;

/** True when an entry records longing, an urge to go back, or contact. */
export function wantsWholeStory(entry: Entry): boolean {
  return (
    entry.feelings.some((id) => STORY_TRIGGERS.includes(id)) ||
    entry.events.some((id) => STORY_TRIGGERS.includes(id))
  );
}

/** A hard day: mood 1 or 2, or harm noted. */
export function isHardEntry(entry: Entry): boolean {
  return (entry.mood !== null && entry.mood <= 2) || entry.events.includes(BUILTIN_TAG_IDS.harm);
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The part of an entry that says what happened, without any line of self-blame or of
 * excusing harm; null when nothing of it is safe to show. Questions are left out too:
 * they are wondering, not a record.
 */
export function storyQuote(text: string, limit = QUOTE_LENGTH): string | null {
  const safe = sentencesOf(text).filter((s) => !s.endsWith('?') && matchSentence(s) === null);
  if (safe.length === 0) return null;
  const start = Math.max(
    0,
    safe.findIndex((s) => WHAT_HAPPENED.test(s) || WHAT_HAPPENED_ES.test(s)),
  );
  let quote = '';
  for (const sentence of safe.slice(start)) {
    const next = quote === '' ? sentence : `${quote} ${sentence}`;
    if (next.length > limit) {
      if (quote === '') quote = `${sentence.slice(0, limit).trimEnd()}…`;
      break;
    }
    quote = next;
  }
  return quote;
}

/** Harm first; then the lower mood (a harm entry without a mood ranks as hard as any); then the more recent; then id. */
function rank(a: Entry, b: Entry): number {
  const harm = BUILTIN_TAG_IDS.harm;
  const aHarm = a.events.includes(harm) ? 0 : 1;
  const bHarm = b.events.includes(harm) ? 0 : 1;
  if (aHarm !== bHarm) return aHarm - bHarm;
  const aMood = a.mood ?? (aHarm === 0 ? 1 : 6);
  const bMood = b.mood ?? (bHarm === 0 ? 1 : 6);
  if (aMood !== bMood) return aMood - bMood;
  return b.happenedAt - a.happenedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Up to `count` of the person's own earlier entries from hard days, for an entry that
 * records longing, an urge to go back or contact ([] otherwise): harm first, then the
 * hardest days, one per day, each with a quote that is safe to show. Shown newest first.
 */
export function storyFor(entry: Entry, entries: readonly Entry[], count = 3): StoryItem[] {
  if (!wantsWholeStory(entry) || count <= 0) return [];
  const candidates = entries
    .filter((e) => e.id !== entry.id && e.happenedAt < entry.happenedAt && isHardEntry(e))
    .sort(rank);
  const picked: StoryItem[] = [];
  const days = new Set<number>();
  // Quotes are worked out in rank order and only until enough are found: a long journal
  // costs a sort, not a matcher run over every hard day.
  for (const e of candidates) {
    if (picked.length >= count) break;
    const day = dayNumber(e.happenedAt); // one entry per day
    if (days.has(day)) continue;
    const quote = storyQuote(e.text);
    if (quote === null) continue;
    days.add(day);
    picked.push({ entry: e, quote });
  }
  return picked.sort(
    (a, b) =>
      b.entry.happenedAt - a.entry.happenedAt ||
      (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
  );
}
