/** English words of features/patterns. Spread into en.ts; keys start with 'patterns.' or the screen's own prefix. */
import type { Plural } from '../../../lib/i18n/format';

const patternsEn = {} as const satisfies Record<string, string | Plural>;

export default patternsEn;
