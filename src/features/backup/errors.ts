/**
 * Every way a backup, export or import can go wrong, each with the kind, plain words
 * the person sees. Nothing here blames them; every message says the journal is unchanged.
 */
import { type Translate, translateNow } from '../../ui/i18n/i18n';
import type { MessageKey } from '../../ui/i18n/messages/en';

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

/** Each problem's words in the catalogue (src/ui/i18n/messages/backup.*.ts). */
const PROBLEM_KEYS: Record<BackupProblem, MessageKey> = {
  'too-large': 'backup.problem.too-large',
  empty: 'backup.problem.empty',
  'not-backup': 'backup.problem.not-backup',
  'other-app': 'backup.problem.other-app',
  damaged: 'backup.problem.damaged',
  truncated: 'backup.problem.truncated',
  newer: 'backup.problem.newer',
  passphrase: 'backup.problem.passphrase',
  invalid: 'backup.problem.invalid',
  'csv-columns': 'backup.problem.csv-columns',
  'csv-empty': 'backup.problem.csv-empty',
  'csv-invalid': 'backup.problem.csv-invalid',
  export: 'backup.problem.export',
  write: 'backup.problem.write',
};

/** Each problem's words in the language shown, read when used (tests compare with them). */
export const PROBLEM_MESSAGES: Readonly<Record<BackupProblem, string>> = Object.defineProperties(
  {} as Record<BackupProblem, string>,
  Object.fromEntries(
    Object.entries(PROBLEM_KEYS).map(([problem, key]) => [
      problem,
      { enumerable: true, get: () => translateNow(key) },
    ]),
  ),
);

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    readonly detail?: string,
  ) {
    super(detail ? `${PROBLEM_MESSAGES[problem]} ${detail}` : PROBLEM_MESSAGES[problem]);
    this.name = 'BackupError';
  }
}

/**
 * The message to show for any failure, in the language shown; `fallback` names what was
 * being done.
 */
export function problemMessage(
  error: unknown,
  fallback: BackupProblem = 'write',
  t: Translate = translateNow,
): string {
  if (error instanceof BackupError) {
    const words = t(PROBLEM_KEYS[error.problem]);
    return error.detail ? `${words} ${error.detail}` : words;
  }
  return t(PROBLEM_KEYS[fallback]);
}
