/** Spanish words of features/lock (see es.ts for the voice). */
import type { Part } from './en';
import type lockEn from './lock.en';

const lockEs: Part<typeof lockEn> = {};

export default lockEs;
