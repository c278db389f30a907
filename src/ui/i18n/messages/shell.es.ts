/** Spanish words of app/, ui/ and features/reflect (see es.ts for the voice). */
import type { Part } from './en';
import type shellEn from './shell.en';

const shellEs: Part<typeof shellEn> = {};

export default shellEs;
