/** Spanish words of features/patterns (see es.ts for the voice). */
import type { Part } from './en';
import type patternsEn from './patterns.en';

const patternsEs: Part<typeof patternsEn> = {};

export default patternsEs;
