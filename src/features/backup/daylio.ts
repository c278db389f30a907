/**
 * Reading a Daylio CSV export (full_date, date, weekday, time, mood, activities,
 * note_title, note) and turning it into Keel entries with the person's mapping of
 * moods to 1-5 and activities to feelings or events. Papaparse is loaded lazily.
 */
import { decodeEntry, decodeTag } from '../../storage/codec';
import type { Entry, Mood, Tag, TagKind } from '../../storage/types';
import { daylioText } from './daylioKnown';
import { BackupError } from './errors';
import { MAX_BACKUP_BYTES } from './format';

export interface DaylioRow {
  happenedAt: number;
  mood: string;
  activities: string[];
  title: string;
  note: string;
}

export interface DaylioFile {
  rows: DaylioRow[];
  /** Rows whose date or time could not be read; left out. */
  skipped: number;
  moods: string[];
  activities: string[];
}

export const REQUIRED_COLUMNS = ['full_date', 'mood'] as const;

/** Daylio's own five moods; custom names start at the middle. */
export const DEFAULT_MOODS: Record<string, Mood> = { rad: 5, good: 4, meh: 3, bad: 2, awful: 1 };

export function defaultMood(name: string): Mood {
  return DEFAULT_MOODS[name.trim().toLowerCase()] ?? 3;
}

/** "21:30", "9:30", "9:30 pm" or "9:30 PM" → minutes after midnight; '' is noon. */
export function parseTime(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return 12 * 60;
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(trimmed);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.startsWith('p') ? 'pm' : match[3] ? 'am' : null;
  if (minutes > 59 || hours > 23 || (half && (hours < 1 || hours > 12))) return null;
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  return hours * 60 + minutes;
}

/** "2024-03-05" and a time → local ms, or null. */
export function parseWhen(day: string, time: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  const minutes = parseTime(time);
  if (!match || minutes === null) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = new Date(year, month - 1, date, Math.floor(minutes / 60), minutes % 60);
  if (result.getMonth() !== month - 1 || result.getDate() !== date) return null;
  return result.getTime();
}

const unique = (items: string[]) =>
  [...new Set(items)].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));

/** Parses the CSV text. Throws a BackupError for a file without Daylio's columns. */
export async function parseDaylio(text: string): Promise<DaylioFile> {
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<Record<string, string | undefined>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const columns = parsed.meta.fields ?? [];
  if (REQUIRED_COLUMNS.some((column) => !columns.includes(column))) {
    throw new BackupError('csv-columns');
  }
  const rows: DaylioRow[] = [];
  let skipped = 0;
  for (const record of parsed.data) {
    const happenedAt = parseWhen(record.full_date ?? '', record.time ?? '');
    const mood = (record.mood ?? '').trim().slice(0, 200);
    if (happenedAt === null || mood === '') {
      skipped += 1;
      continue;
    }
    rows.push({
      happenedAt,
      mood,
      activities: (record.activities ?? '')
        .split('|')
        .map((a) => a.trim().slice(0, 200))
        .filter((a) => a !== ''),
      title: (record.note_title ?? '').trim(),
      note: record.note ?? '',
    });
  }
  if (rows.length === 0) throw new BackupError('csv-empty');
  return {
    rows,
    skipped,
    moods: unique(rows.map((r) => r.mood)),
    activities: unique(rows.flatMap((r) => r.activities)),
  };
}

/** Reads a Daylio file after checking its size. */
export async function readDaylioFile(file: Blob): Promise<DaylioFile> {
  if (file.size > MAX_BACKUP_BYTES) throw new BackupError('too-large');
  if (file.size === 0) throw new BackupError('empty');
  return parseDaylio(await file.text());
}

/** Where one Daylio activity goes: left out, an existing tag, or a new tag of a kind. */
export type ActivityTarget =
  { to: 'skip' } | { to: 'tag'; tagId: string } | { to: 'new'; kind: TagKind };

export function defaultActivityTarget(name: string, tags: readonly Tag[]): ActivityTarget {
  const wanted = name.trim().toLowerCase();
  const match = tags.find((t) => t.name.trim().toLowerCase() === wanted);
  return match ? { to: 'tag', tagId: match.id } : { to: 'new', kind: 'event' };
}

export interface DaylioImport {
  entries: Entry[];
  tags: Tag[];
}

/** Builds validated entries (and any new tags); a row that fails validation refuses the file. */
export function buildDaylioImport(
  file: DaylioFile,
  moods: Record<string, Mood>,
  activities: Record<string, ActivityTarget>,
  existingTags: readonly Tag[],
  now: number,
  newId: () => string,
): DaylioImport {
  try {
    return buildUnchecked(file, moods, activities, existingTags, now, newId);
  } catch {
    throw new BackupError('csv-invalid');
  }
}

function buildUnchecked(
  file: DaylioFile,
  moods: Record<string, Mood>,
  activities: Record<string, ActivityTarget>,
  existingTags: readonly Tag[],
  now: number,
  newId: () => string,
): DaylioImport {
  const kindOf = new Map(existingTags.map((t) => [t.id, t.kind]));
  const nextOrder = (kind: TagKind, extra: number) =>
    Math.max(-1, ...existingTags.filter((t) => t.kind === kind).map((t) => t.order)) + 1 + extra;
  const tags: Tag[] = [];
  const resolved = new Map<string, { id: string; kind: TagKind } | null>();
  for (const name of file.activities) {
    const target = activities[name] ?? { to: 'skip' };
    if (target.to === 'skip') resolved.set(name, null);
    else if (target.to === 'tag') {
      const kind = kindOf.get(target.tagId);
      resolved.set(name, kind ? { id: target.tagId, kind } : null);
    } else {
      const sameKind = tags.filter((t) => t.kind === target.kind).length;
      const tag = decodeTag({
        id: newId(),
        kind: target.kind,
        name,
        hidden: false,
        order: nextOrder(target.kind, sameKind),
        createdAt: now,
      });
      tags.push(tag);
      resolved.set(name, { id: tag.id, kind: tag.kind });
    }
  }
  const entries = file.rows.map((row) => {
    const feelings = new Set<string>();
    const events = new Set<string>();
    for (const activity of row.activities) {
      const tag = resolved.get(activity);
      if (tag) (tag.kind === 'feeling' ? feelings : events).add(tag.id);
    }
    const text = daylioText(row);
    return decodeEntry({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      happenedAt: row.happenedAt,
      text,
      mood: moods[row.mood] ?? defaultMood(row.mood),
      feelings: [...feelings],
      events: [...events],
    });
  });
  return { entries, tags };
}
