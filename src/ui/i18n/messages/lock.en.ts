/** English words of features/lock. Spread into en.ts; keys start with 'lock.' or the screen's own prefix. */
import type { Plural } from '../../../lib/i18n/format';

const lockEn = {} as const satisfies Record<string, string | Plural>;

export default lockEn;
