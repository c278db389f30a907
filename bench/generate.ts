/**
 * Deterministic journals for the benchmark: realistic text lengths, moods, feelings and
 * events, spread over several years. Entry i depends only on (seed, i), so a journal can
 * be generated in batches and two runs with the same seed store the same entries.
 */
import type { Entry, Mood } from '../src/storage/types';
import { BUILTIN_TAG_IDS } from '../src/storage/defaultTags';

export const DEFAULT_SEED = 20_240_611;
/** The journal ends here (a fixed date, so runs repeat) and starts YEARS earlier. */
export const END_AT = Date.UTC(2026, 0, 1, 21, 0, 0);
export const YEARS = 4;
const SPAN = YEARS * 365 * 24 * 3600 * 1000;

/** Words the search scenario types; each appears in a known share of entries. */
export const SEARCH_WORDS = ['garden', 'kitchen', 'sister', 'morning', 'promise'] as const;

const WORDS = (
  'i you we he she they it the a an and but so because then when after before while ' +
  'today yesterday tonight again still never always sometimes maybe really just only ' +
  'felt feel feeling thought think knew know said told asked wanted needed tried ' +
  'walked called texted waited slept woke cried laughed breathed wrote read listened ' +
  'home house room door phone car work friend friends mum dad family group therapist ' +
  'message voice words quiet loud tired calm safe scared angry sad hopeful small ' +
  'long short hard easy slow better worse different same own new old good bad ' +
  'day night week month year hour minute time moment way place thing things ' +
  'remember forget decide leave stay keep let go back forward through about with ' +
  'without for from into over under around near far here there nothing something ' +
  'everything enough more less very too not no yes of to in on at by up out'
).split(' ');

const MEMORABLE = [
  'the garden',
  'in the kitchen',
  'my sister',
  'this morning',
  'another promise',
  'the bus home',
  'a long walk',
  'the group tonight',
  'the rain',
  'my own bed',
];

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function sentence(random: () => number): string {
  const length = 5 + Math.floor(random() * 14);
  const words: string[] = [];
  for (let i = 0; i < length; i += 1) {
    words.push(random() < 0.06 ? pick(random, MEMORABLE) : pick(random, WORDS));
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** A mix: short lines, a paragraph, several paragraphs, now and then a long page. */
function text(random: () => number): string {
  const kind = random();
  if (kind < 0.35) return sentence(random);
  if (kind < 0.7) return paragraph(random, 2 + Math.floor(random() * 5));
  const paragraphs = kind < 0.95 ? 2 + Math.floor(random() * 3) : 5 + Math.floor(random() * 4);
  return Array.from({ length: paragraphs }, () =>
    paragraph(random, 3 + Math.floor(random() * 6)),
  ).join('\n\n');
}

const FEELING_IDS = Array.from({ length: 21 }, (_, i) => `f${String(i + 1).padStart(2, '0')}`);
const EARLY_EVENTS = [
  BUILTIN_TAG_IDS.harm,
  BUILTIN_TAG_IDS.apology,
  BUILTIN_TAG_IDS.contact,
  BUILTIN_TAG_IDS.urge,
];
const LATER_EVENTS = [
  BUILTIN_TAG_IDS.noContact,
  BUILTIN_TAG_IDS.boundary,
  BUILTIN_TAG_IDS.reachedOut,
  BUILTIN_TAG_IDS.support,
  BUILTIN_TAG_IDS.selfCare,
  BUILTIN_TAG_IDS.goodDay,
];

function some(random: () => number, list: readonly string[], max: number): string[] {
  const count = Math.floor(random() * (max + 1));
  const chosen = new Set<string>();
  for (let i = 0; i < count; i += 1) chosen.add(pick(random, list));
  return [...chosen];
}

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '8';
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Entry `index` of a journal of `total` entries; oldest first. */
export function generateEntry(seed: number, index: number, total: number): Entry {
  const random = rng(hash(seed, index));
  // Share of the way through the years: early entries are mostly about the relationship,
  // later ones more about leaving and living on.
  const progress = total <= 1 ? 1 : index / (total - 1);
  const createdAt = Math.round(
    END_AT - SPAN + progress * SPAN + (random() - 0.5) * (SPAN / Math.max(total, 1)),
  );
  const happenedAt =
    random() < 0.2 ? createdAt - Math.floor(random() * 48 * 3600 * 1000) : createdAt;
  const hardTimes = random() > progress * 0.8;
  const moodRoll = random();
  const mood: Mood | null =
    moodRoll < 0.1
      ? null
      : (Math.min(
          5,
          Math.max(1, Math.round((hardTimes ? 2 : 3.5) + (random() - 0.5) * 3)),
        ) as Mood);
  const events = some(random, hardTimes ? EARLY_EVENTS : LATER_EVENTS, 3);
  if (random() < 0.1) events.push(BUILTIN_TAG_IDS.contact);
  const feelings = some(random, FEELING_IDS, 4);
  if (hardTimes && random() < 0.3 && !feelings.includes(BUILTIN_TAG_IDS.longing)) {
    feelings.push(BUILTIN_TAG_IDS.longing);
  }
  const body = text(random);
  return {
    id: uuid(random),
    createdAt,
    updatedAt: createdAt,
    happenedAt,
    text: body,
    mood,
    feelings,
    events: [...new Set(events)],
  };
}

/** Entries [from, to) of a journal of `total`. */
export function generateBatch(seed: number, from: number, to: number, total: number): Entry[] {
  const out: Entry[] = [];
  for (let i = from; i < to; i += 1) out.push(generateEntry(seed, i, total));
  return out;
}
