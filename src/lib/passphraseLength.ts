/** The same for the journal and for backups, so the journal passphrase always works for a backup. */
export const MIN_PASSPHRASE = 8;
