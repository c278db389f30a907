/** Optional details of harm on an entry: their names, and what is kept. Pure. */
import type { HarmDetails } from './types';
import { LIMITS } from './limits';

export type HarmField = keyof HarmDetails;

/** Each detail, in the order shown, with its length limit (db/limits.ts); its label is the catalogue's `harm.<field>`. */
export const HARM_FIELDS: readonly { field: HarmField; limit: number }[] = [
  { field: 'place', limit: LIMITS.harmDetail },
  { field: 'witnesses', limit: LIMITS.harmDetail },
  { field: 'words', limit: LIMITS.harmDetail },
  { field: 'injuries', limit: LIMITS.harmDetail },
  { field: 'report', limit: LIMITS.harmDetail },
  { field: 'reportNumber', limit: LIMITS.reportNumber },
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

/** The filled details as field and text, in order (the report, exports). */
export function harmLines(harm: HarmDetails | undefined): { field: HarmField; text: string }[] {
  const kept = cleanHarm(harm);
  if (!kept) return [];
  return HARM_FIELDS.flatMap(({ field }) => {
    const text = kept[field];
    return text === undefined ? [] : [{ field, text }];
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
