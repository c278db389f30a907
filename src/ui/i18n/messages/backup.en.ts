/** English words of features/backup. Spread into en.ts; keys start with 'backup.' or the screen's own prefix. */
import type { Plural } from '../../../lib/i18n/format';

const backupEn = {} as const satisfies Record<string, string | Plural>;

export default backupEn;
