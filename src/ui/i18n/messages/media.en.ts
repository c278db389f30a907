/** English words of features/journal/attachments and features/journal/history. Spread into en.ts; keys start with 'media.' or the screen's own prefix. */
import type { Plural } from '../../../lib/i18n/format';

const mediaEn = {} as const satisfies Record<string, string | Plural>;

export default mediaEn;
