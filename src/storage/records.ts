/**
 * The record registry: each sealed table and the type of the records it holds, with the
 * decoder that validates them (as tldraw's record types do). Backup, import, merge, re-key
 * and wipe walk this list, so a new record type joins them by being added here: the types
 * make a table without a record type, or a decoder of the wrong type, a compile error.
 */
import type { SafetyPlan, Resource, SelfCheck } from './reflectSafetyTypes';
import { decodeResource, decodeSafetyPlan, decodeSelfCheck } from './reflectSafetyCodec';
import { decodeDraft, decodeEntry, decodeSettings, decodeTag } from './codec';
import { decodeDeletion, type Deletion } from './deletions';
import { type Attachment, decodeAttachment } from './attachmentCodec';
import type { SealedTable } from './schema';
import type { Draft, Entry, Settings, Tag } from './types';
import { decodeVersion, type EntryVersion } from './versions';

/** What each sealed table holds. */
export interface RecordTypes {
  entries: Entry;
  drafts: Draft;
  tags: Tag;
  settings: Settings;
  selfChecks: SelfCheck;
  safetyPlan: SafetyPlan;
  resources: Resource;
  deletions: Deletion;
  attachments: Attachment;
  versions: EntryVersion;
}

/** The record type of one table (RecordTypes[T] fails to compile for a table left out). */
export type RecordOf<T extends SealedTable> = RecordTypes[T];

export type RecordDecoders = { readonly [T in SealedTable]: (value: unknown) => RecordOf<T> };

export const RECORD_DECODERS: RecordDecoders = {
  entries: decodeEntry,
  drafts: decodeDraft,
  tags: decodeTag,
  settings: decodeSettings,
  selfChecks: decodeSelfCheck,
  safetyPlan: decodeSafetyPlan,
  resources: decodeResource,
  deletions: decodeDeletion,
  attachments: decodeAttachment,
  versions: decodeVersion,
};

/** Checks a value read from storage or a backup against its table's record type. Throws. */
export function decodeRecord<T extends SealedTable>(table: T, value: unknown): RecordOf<T> {
  const decode: (value: unknown) => RecordOf<T> = RECORD_DECODERS[table];
  return decode(value);
}

const TABLE_NAMES: { readonly [T in SealedTable]: T } = {
  entries: 'entries',
  drafts: 'drafts',
  tags: 'tags',
  settings: 'settings',
  selfChecks: 'selfChecks',
  safetyPlan: 'safetyPlan',
  resources: 'resources',
  deletions: 'deletions',
  attachments: 'attachments',
  versions: 'versions',
};

/** Every sealed table, in the order backups write them. */
export const SEALED_TABLES: readonly SealedTable[] = Object.values(TABLE_NAMES);

export function isSealedTable(name: string): name is SealedTable {
  return (SEALED_TABLES as readonly string[]).includes(name);
}
