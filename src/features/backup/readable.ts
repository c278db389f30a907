/**
 * Readable (unencrypted) exports: Markdown, JSON and CSV of entries, with tag ids
 * turned into names. Pure functions; loaded lazily when someone asks for an export.
 */
import type { Entry, Tag } from '../../storage/types';
import { toLocalInput } from '../../lib/dates';
import { toDayKey } from '../../lib/dayKey';
import { MOOD_LABELS } from '../../ui/moodLabels';
import { cleanHarm, harmCsvCells, harmLines, HARM_CSV_COLUMNS } from '../../storage/harm';

export interface DayRange {
  /** Inclusive local days as yyyy-mm-dd; '' means open-ended. */
  from: string;
  to: string;
}

/** Entries that happened within the range, oldest first. */
export function entriesInRange(entries: Iterable<Entry>, range: DayRange): Entry[] {
  return [...entries]
    .filter((entry) => {
      const day = toDayKey(entry.happenedAt);
      return (range.from === '' || day >= range.from) && (range.to === '' || day <= range.to);
    })
    .sort((a, b) => a.happenedAt - b.happenedAt || a.createdAt - b.createdAt);
}

export type TagNames = (ids: readonly string[]) => string[];

/** Resolves tag ids to names; an id with no tag (deleted) is left out. */
export function tagNamer(tags: readonly Tag[]): TagNames {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  return (ids) => ids.flatMap((id) => names.get(id) ?? []);
}

const when = (time: number) => toLocalInput(time).replace('T', ' ');

function moodText(entry: Entry): string {
  return entry.mood === null ? '' : `${entry.mood} (${MOOD_LABELS[entry.mood]})`;
}

export function toMarkdown(entries: readonly Entry[], tags: readonly Tag[]): string {
  const names = tagNamer(tags);
  const parts = ['# Journal', ''];
  for (const entry of entries) {
    parts.push(`## ${when(entry.happenedAt)}`, '');
    if (entry.happenedAt !== entry.createdAt) parts.push(`Written: ${when(entry.createdAt)}  `);
    if (entry.mood !== null) parts.push(`Mood: ${moodText(entry)}  `);
    const feelings = names(entry.feelings);
    const events = names(entry.events);
    if (feelings.length > 0) parts.push(`Feelings: ${feelings.join(', ')}  `);
    if (events.length > 0) parts.push(`Events: ${events.join(', ')}  `);
    if (entry.prompt !== undefined) parts.push(`Prompt: ${entry.prompt}  `);
    parts.push('', entry.text, '');
    const harm = harmLines(entry.harm);
    if (harm.length > 0) {
      parts.push('### Details of what happened', '');
      for (const { label, text } of harm)
        parts.push(`- ${label}: ${text.replaceAll('\n', '\n  ')}`);
      parts.push('');
    }
  }
  return parts.join('\n');
}

export function toJson(entries: readonly Entry[], tags: readonly Tag[], now: number): string {
  const names = tagNamer(tags);
  const iso = (time: number) => new Date(time).toISOString();
  return JSON.stringify(
    {
      exportedAt: iso(now),
      entries: entries.map((entry) => ({
        id: entry.id,
        happenedAt: iso(entry.happenedAt),
        writtenAt: iso(entry.createdAt),
        editedAt: iso(entry.updatedAt),
        mood: entry.mood,
        feelings: names(entry.feelings),
        events: names(entry.events),
        ...(entry.prompt === undefined ? {} : { prompt: entry.prompt }),
        text: entry.text,
        ...(cleanHarm(entry.harm) === undefined ? {} : { harm: cleanHarm(entry.harm) }),
      })),
    },
    null,
    2,
  );
}

/**
 * One CSV cell, always quoted. Anything a spreadsheet could run as a formula gets a
 * leading apostrophe: at the start (= + - @, tab or carriage return), and after a `;` or a
 * tab, where spreadsheets in many locales split cells (spaces between are skipped).
 */
export function csvCell(value: string): string {
  const safe = value.replace(/(^|[;\t])( *)(?=[=+\-@\t\r])/g, (_, sep: string, gap: string) =>
    sep === '' && gap === '' ? "'" : `${sep}${gap}'`,
  );
  return `"${safe.replaceAll('"', '""')}"`;
}

export const CSV_COLUMNS = [
  'happened',
  'written',
  'mood',
  'mood_words',
  'feelings',
  'events',
  'prompt',
  'text',
  ...HARM_CSV_COLUMNS,
] as const;

export function toCsv(entries: readonly Entry[], tags: readonly Tag[]): string {
  const names = tagNamer(tags);
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const entry of entries) {
    lines.push(
      [
        when(entry.happenedAt),
        when(entry.createdAt),
        entry.mood === null ? '' : String(entry.mood),
        entry.mood === null ? '' : MOOD_LABELS[entry.mood],
        names(entry.feelings).join('; '),
        names(entry.events).join('; '),
        entry.prompt ?? '',
        entry.text,
        ...harmCsvCells(entry.harm),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
