/**
 * Deletion markers: when a record is deleted, a sealed marker with the deletion time is
 * kept in its own table, so a merge of an older backup does not bring it back (a deleted
 * record stays deleted unless it was changed after the deletion). The row's plain
 * createdAt is 0, so storage does not show when something was deleted.
 */
import * as v from 'valibot';

export type DeletableTable = 'entries' | 'selfChecks' | 'resources';

export interface Deletion {
  /** `${table}:${recordId}`: one marker per deleted record. */
  id: string;
  table: DeletableTable;
  recordId: string;
  deletedAt: number;
  /** The same as deletedAt: a merge of two markers keeps the later (see editedAt). */
  updatedAt: number;
}

export function deletionId(table: DeletableTable, recordId: string): string {
  return `${table}:${recordId}`;
}

export function newDeletion(table: DeletableTable, recordId: string, at: number): Deletion {
  return { id: deletionId(table, recordId), table, recordId, deletedAt: at, updatedAt: at };
}

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

const DeletionSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.maxLength(200)),
    table: v.picklist(['entries', 'selfChecks', 'resources'] as const),
    recordId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    deletedAt: time,
    updatedAt: v.optional(time),
  }),
  v.check((d) => d.id === deletionId(d.table, d.recordId)),
  v.transform((d): Deletion => ({ ...d, updatedAt: d.updatedAt ?? d.deletedAt })),
);

export function decodeDeletion(value: unknown): Deletion {
  return v.parse(DeletionSchema, value);
}
