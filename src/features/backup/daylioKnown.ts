/**
 * Recognising Daylio entries already in the journal, so importing the same export again
 * adds nothing twice. The same entry means the same moment (to the minute), the same mood
 * and the same words.
 */
import type { Entry, Mood, Tag } from '../../storage/types';

/** The fields of a Daylio row this needs (see daylio.ts). */
interface Row {
  happenedAt: number;
  mood: string;
  title: string;
  note: string;
}

/** An entry's words from a Daylio row: the title, a blank line, then the note. */
export function daylioText(row: { title: string; note: string }): string {
  return [row.title, row.note.trim()].filter((part) => part !== '').join('\n\n');
}

const keyOf = (happenedAt: number, mood: Mood | null, text: string) =>
  `${happenedAt}\u0000${mood ?? ''}\u0000${text.trim()}`;

function knownKeys(existing: Iterable<Entry>): Set<string> {
  const keys = new Set<string>();
  for (const entry of existing) keys.add(keyOf(entry.happenedAt, entry.mood, entry.text));
  return keys;
}

/** How many rows of a file, with these moods chosen, are already in the journal. */
export function countKnownRows(
  rows: readonly Row[],
  moodOf: (name: string) => Mood,
  existing: Iterable<Entry>,
): number {
  const keys = knownKeys(existing);
  return rows.filter((row) => keys.has(keyOf(row.happenedAt, moodOf(row.mood), daylioText(row))))
    .length;
}

/**
 * Leaves out the built entries already in the journal, and any new feeling or event only
 * they would have used. Says how many were left out.
 */
export function leaveOutKnown<T extends { entries: Entry[]; tags: Tag[] }>(
  built: T,
  existing: Iterable<Entry>,
): T & { skipped: number } {
  const keys = knownKeys(existing);
  const entries = built.entries.filter(
    (entry) => !keys.has(keyOf(entry.happenedAt, entry.mood, entry.text)),
  );
  const used = new Set(entries.flatMap((entry) => [...entry.feelings, ...entry.events]));
  return {
    ...built,
    entries,
    tags: built.tags.filter((tag) => used.has(tag.id)),
    skipped: built.entries.length - entries.length,
  };
}
