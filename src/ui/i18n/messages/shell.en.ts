/** English words of app/, ui/ and features/reflect. Spread into en.ts; keys start with 'shell.' or the screen's own prefix. */
import type { Plural } from '../../../lib/i18n/format';

const shellEn = {} as const satisfies Record<string, string | Plural>;

export default shellEn;
