/**
 * Every sealed table and the decoder that validates its records. Backup, import and
 * wipe walk this list, so a new record type joins them by being added here (the type
 * makes adding a table without a decoder a compile error).
 */
import { decodeDraft, decodeEntry, decodeSettings, decodeTag } from './codec';
import { decodeResource, decodeSafetyPlan, decodeSelfCheck } from './reflectSafetyCodec';
import { decodeDeletion } from './deletions';
import type { SealedTable } from './schema';
import { decodeVersion } from './versions';

export const RECORD_DECODERS: Record<SealedTable, (value: unknown) => unknown> = {
  entries: decodeEntry,
  drafts: decodeDraft,
  tags: decodeTag,
  settings: decodeSettings,
  selfChecks: decodeSelfCheck,
  safetyPlan: decodeSafetyPlan,
  resources: decodeResource,
  deletions: decodeDeletion,
  versions: decodeVersion,
};

export const SEALED_TABLES = Object.keys(RECORD_DECODERS) as SealedTable[];
