import type { RefObject } from 'react';
import { NO_SAVE } from '../../ui/noSave';

/**
 * The fields that open a backup: the file, its passphrase, and Import. Used by Settings'
 * import and by the lock screen's restore, so both name them the same for screen readers.
 */
export function BackupFileFields({
  fileInput,
  passphrase,
  onPassphrase,
  busy,
}: {
  fileInput: RefObject<HTMLInputElement | null>;
  passphrase: string;
  onPassphrase: (value: string) => void;
  busy: boolean;
}) {
  return (
    <>
      <label className="field">
        <span>Backup file</span>
        <input ref={fileInput} type="file" />
      </label>
      <label className="field">
        <span>Passphrase for this backup</span>
        <input
          type="password"
          {...NO_SAVE}
          value={passphrase}
          onChange={(event) => onPassphrase(event.target.value)}
        />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        Import
      </button>
    </>
  );
}
