/** Spanish words of features/journal (list, editor, entry page, search, filters, drafts, reports and exports made from the journal) (see es.ts for the voice). */
import type { Part } from './en';
import type journalEn from './journal.en';

const journalEs: Part<typeof journalEn> = {};

export default journalEs;
