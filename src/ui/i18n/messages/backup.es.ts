/** Spanish words of features/backup (see es.ts for the voice). */
import type { Part } from './en';
import type backupEn from './backup.en';

const backupEs: Part<typeof backupEn> = {};

export default backupEs;
