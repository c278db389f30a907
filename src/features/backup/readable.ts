/**
 * Readable (unencrypted) exports: Markdown, JSON and CSV of entries, with tag ids
 * turned into names. Pure functions; loaded lazily when someone asks for an export.
 */
import type { Entry, Tag } from '../../storage/types';
import { toLocalInput } from '../../lib/dates';
import { toDayKey } from '../../lib/dayKey';
import { type Translate, translateNow } from '../../ui/i18n/i18n';
import type { MessageKey } from '../../ui/i18n/messages/en';
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

/** The words of a file's headings: `t` from the view, or the language shown. */
export function toMarkdown(
  entries: readonly Entry[],
  tags: readonly Tag[],
  t: Translate = translateNow,
): string {
  const names = tagNamer(tags);
  const parts = [`# ${t('readable.md.title')}`, ''];
  for (const entry of entries) {
    parts.push(`## ${when(entry.happenedAt)}`, '');
    if (entry.happenedAt !== entry.createdAt)
      parts.push(`${t('readable.md.written', { when: when(entry.createdAt) })}  `);
    if (entry.mood !== null)
      parts.push(
        `${t('readable.md.mood', { mood: String(entry.mood), label: t(`mood.${entry.mood}`) })}  `,
      );
    const feelings = names(entry.feelings);
    const events = names(entry.events);
    if (feelings.length > 0)
      parts.push(`${t('readable.md.feelings', { names: feelings.join(', ') })}  `);
    if (events.length > 0) parts.push(`${t('readable.md.events', { names: events.join(', ') })}  `);
    if (entry.prompt !== undefined)
      parts.push(`${t('readable.md.prompt', { prompt: entry.prompt })}  `);
    parts.push('', entry.text, '');
    const harm = harmLines(entry.harm);
    if (harm.length > 0) {
      parts.push(`### ${t('readable.md.harm')}`, '');
      for (const { field, text } of harm)
        parts.push(`- ${t(`harm.${field}`)}: ${text.replaceAll('\n', '\n  ')}`);
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

/** Column headings in the catalogue; a column without one keeps its own name. */
const CSV_HEADINGS: Partial<Record<string, MessageKey>> = {
  happened: 'readable.csv.happened',
  written: 'readable.csv.written',
  mood: 'readable.csv.mood',
  mood_words: 'readable.csv.mood_words',
  feelings: 'readable.csv.feelings',
  events: 'readable.csv.events',
  prompt: 'readable.csv.prompt',
  text: 'readable.csv.text',
  harm_place: 'readable.csv.harm_place',
  harm_witnesses: 'readable.csv.harm_witnesses',
  harm_words: 'readable.csv.harm_words',
  harm_injuries: 'readable.csv.harm_injuries',
  harm_report: 'readable.csv.harm_report',
  harm_report_number: 'readable.csv.harm_report_number',
};

export function toCsv(
  entries: readonly Entry[],
  tags: readonly Tag[],
  t: Translate = translateNow,
): string {
  const names = tagNamer(tags);
  const heading = (column: string) => {
    const key = CSV_HEADINGS[column];
    return key ? t(key) : column;
  };
  const lines = [CSV_COLUMNS.map((column) => csvCell(heading(column))).join(',')];
  for (const entry of entries) {
    lines.push(
      [
        when(entry.happenedAt),
        when(entry.createdAt),
        entry.mood === null ? '' : String(entry.mood),
        entry.mood === null ? '' : t(`mood.${entry.mood}`),
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
