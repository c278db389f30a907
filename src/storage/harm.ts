/** Optional details of harm on an entry: their names, and what is kept. Pure. */
import type { HarmDetails } from './types';
import { LIMITS } from './limits';

export type HarmField = keyof HarmDetails;

/** Each detail, in the order shown, with its label and its length limit (db/limits.ts). */
export const HARM_FIELDS: readonly { field: HarmField; label: string; limit: number }[] = [
  { field: 'place', label: 'Where it happened', limit: LIMITS.harmDetail },
  { field: 'witnesses', label: 'Who saw or heard it', limit: LIMITS.harmDetail },
  { field: 'words', label: 'Words that were said', limit: LIMITS.harmDetail },
  { field: 'injuries', label: 'Injuries or medical care', limit: LIMITS.harmDetail },
  { field: 'report', label: 'Any report made', limit: LIMITS.harmDetail },
  { field: 'reportNumber', label: 'Report number', limit: LIMITS.reportNumber },
];

/** Only the details with something in them; undefined when none has (nothing is kept). */
export function cleanHarm(harm: HarmDetails | undefined): HarmDetails | undefined {
  if (!harm) return undefined;
  const kept: HarmDetails = {};
  for (const { field } of HARM_FIELDS) {
    const value = harm[field];
    if (value !== undefined && value.trim() !== '') kept[field] = value;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** The filled details as label and text, in order (the entry page, the report, exports). */
export function harmLines(harm: HarmDetails | undefined): { label: string; text: string }[] {
  const kept = cleanHarm(harm);
  if (!kept) return [];
  return HARM_FIELDS.flatMap(({ field, label }) => {
    const text = kept[field];
    return text === undefined ? [] : [{ label, text }];
  });
}

/** The CSV columns of the details of harm, one per detail, in the order asked. */
export const HARM_CSV_COLUMNS = [
  'harm_place',
  'harm_witnesses',
  'harm_words',
  'harm_injuries',
  'harm_report',
  'harm_report_number',
] as const satisfies readonly string[];

/** One entry's details of harm as CSV cell values (empty where nothing was noted). */
export function harmCsvCells(harm: HarmDetails | undefined): string[] {
  const kept = cleanHarm(harm);
  return HARM_FIELDS.map(({ field }) => kept?.[field] ?? '');
}
