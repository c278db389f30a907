/**
 * The one Dexie database. A shipped version is never edited: add a new version with an
 * upgrade, and a test in tests/unit/db that opens the old shape (see docs/decisions).
 */
import Dexie, { type EntityTable } from 'dexie';

export const DB_NAME = 'keel';

/** Table names are part of the stored format. Do not change without a migration. */
export const TABLES = {
  meta: 'meta',
  entries: 'entries',
  drafts: 'drafts',
  tags: 'tags',
  settings: 'settings',
  // Version 2: the reflect and safety records.
  selfChecks: 'selfChecks',
  safetyPlan: 'safetyPlan',
  resources: 'resources',
  // Version 3: sealed deletion markers (storage/deletions.ts).
  deletions: 'deletions',
  // Version 4: photos and voice notes. `attachments` holds each one's sealed description
  // (and its own content key); `attachmentChunks` its bytes, sealed in chunks with that key
  // (crypto/attachmentChunks.ts), so they are not records of the registry.
  attachments: 'attachments',
  attachmentChunks: 'attachmentChunks',
  // Version 5: the earlier versions of edited entries (history/versions.ts).
  versions: 'versions',
} as const;

export type SealedTable = Exclude<keyof typeof TABLES, 'meta' | 'attachmentChunks'>;

/** One sealed chunk of an attachment's bytes: `id` is `${attachmentId}:${part}:${index}`. */
export interface ChunkRow {
  id: string;
  iv: Uint8Array<ArrayBuffer>;
  ct: Uint8Array<ArrayBuffer>;
}

/** Every user-written record at rest: only the id and the created-at time are plain. */
export interface SealedRow {
  id: string;
  createdAt: number;
  iv: Uint8Array<ArrayBuffer>;
  ct: Uint8Array<ArrayBuffer>;
}

/** Plain key-value rows that hold no user content (the keyring). */
export interface MetaRow {
  id: string;
  [field: string]: unknown;
}

export class KeelDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'id'>;
  entries!: EntityTable<SealedRow, 'id'>;
  drafts!: EntityTable<SealedRow, 'id'>;
  tags!: EntityTable<SealedRow, 'id'>;
  settings!: EntityTable<SealedRow, 'id'>;
  selfChecks!: EntityTable<SealedRow, 'id'>;
  safetyPlan!: EntityTable<SealedRow, 'id'>;
  resources!: EntityTable<SealedRow, 'id'>;
  deletions!: EntityTable<SealedRow, 'id'>;
  attachments!: EntityTable<SealedRow, 'id'>;
  attachmentChunks!: EntityTable<ChunkRow, 'id'>;
  versions!: EntityTable<SealedRow, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      meta: 'id',
      entries: 'id, createdAt',
      drafts: 'id',
      tags: 'id',
      settings: 'id',
    });
    // Version 2 only adds tables (self-checks, the safety plan, resources): no upgrade
    // step is needed, and every version 1 row stays as it was.
    this.version(2).stores({
      selfChecks: 'id, createdAt',
      safetyPlan: 'id',
      resources: 'id',
    });
    // Version 3 adds the deletion markers. Nothing deleted before it left a marker, so the
    // upgrade has no rows to write: every earlier row stays as it was.
    this.version(3)
      .stores({ deletions: 'id' })
      .upgrade(() => undefined);
    // Version 4 adds the attachment tables; no earlier row changes.
    this.version(4)
      .stores({ attachments: 'id', attachmentChunks: 'id' })
      .upgrade(() => undefined);
    // Version 5 (4, 6 and 7 are other branches' numbers) adds the earlier versions of
    // entries. Only the primary key: ids are `${entryId}:${uuid}`, so an entry's versions
    // are found by prefix and no time is stored in the clear. Nothing to write on upgrade.
    this.version(5)
      .stores({ versions: 'id' })
      .upgrade(() => undefined);
  }
}

let instance: KeelDatabase | null = null;

/** The app's database; tests may swap it with setDatabase(). */
export function database(): KeelDatabase {
  instance ??= new KeelDatabase();
  return instance;
}

export function setDatabase(db: KeelDatabase | null): void {
  instance = db;
}
