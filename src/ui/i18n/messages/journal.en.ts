/** English words of features/journal (list, editor, entry page, search, filters, drafts, reports and exports made from the journal). Spread into en.ts; keys start with 'journal.' or the screen's own prefix. */
import type { Plural } from '../../../lib/i18n/format';

const journalEn = {} as const satisfies Record<string, string | Plural>;

export default journalEn;
