/**
 * Every way a backup, export or import can go wrong, each with the kind, plain words
 * the person sees. Nothing here blames them; every message says the journal is unchanged.
 */

export type BackupProblem =
  | 'too-large'
  | 'empty'
  | 'not-backup'
  | 'other-app'
  | 'damaged'
  | 'truncated'
  | 'newer'
  | 'passphrase'
  | 'invalid'
  | 'csv-columns'
  | 'csv-empty'
  | 'csv-invalid'
  | 'export'
  | 'write';

const UNCHANGED = 'Your journal has not been changed.';

export const PROBLEM_MESSAGES: Record<BackupProblem, string> = {
  'too-large': `This file is larger than Keel can import (the limit is 100 MB), so it was not opened. ${UNCHANGED}`,
  empty: `This file is empty, so there is nothing to import. ${UNCHANGED}`,
  'not-backup': `This file is not a Keel backup, so nothing was imported. ${UNCHANGED}`,
  'other-app': `This looks like a file from another app, not a Keel backup, so nothing was imported. ${UNCHANGED}`,
  damaged: `This backup has been damaged or changed since it was made, so it cannot be opened safely. ${UNCHANGED} An older copy of the backup may still work.`,
  truncated: `This backup seems to be cut short, perhaps by an unfinished download or copy. ${UNCHANGED} Copying the file again may help.`,
  newer: `This backup was made by a newer version of Keel. Updating Keel here will let you import it. ${UNCHANGED}`,
  passphrase: `That passphrase does not open this backup. It is the one typed when the backup was made. ${UNCHANGED}`,
  invalid: `Something inside this backup is not in the shape Keel expects, so nothing was imported. ${UNCHANGED}`,
  'csv-columns': `This CSV file is missing columns Keel needs from a Daylio export (a date and a mood). ${UNCHANGED}`,
  'csv-empty': `This CSV file has no entries in it. ${UNCHANGED}`,
  'csv-invalid': `Some rows of this CSV file could not be made into journal entries (a note may be far too long), so nothing was imported. ${UNCHANGED}`,
  export: `The backup could not be made just now. Your journal has not been changed, and trying again may help.`,
  write: `The import could not be written just now, so nothing was changed. If the device is short of space, freeing some and trying again will help.`,
};

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    detail?: string,
  ) {
    super(detail ? `${PROBLEM_MESSAGES[problem]} ${detail}` : PROBLEM_MESSAGES[problem]);
    this.name = 'BackupError';
  }
}

/** The message to show for any failure; `fallback` names what was being done. */
export function problemMessage(error: unknown, fallback: BackupProblem = 'write'): string {
  if (error instanceof BackupError) return error.message;
  return PROBLEM_MESSAGES[fallback];
}
