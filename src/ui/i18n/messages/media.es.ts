/** Spanish words of features/journal/attachments and features/journal/history (see es.ts for the voice). */
import type { Part } from './en';
import type mediaEn from './media.en';

const mediaEs: Part<typeof mediaEn> = {};

export default mediaEs;
