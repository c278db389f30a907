import { type ReactNode, useRef } from 'react';
import { NO_SAVE } from '../../ui/noSave';

/**
 * The step that opens a backup: a word about it, the file, its passphrase, and Import. Used by
 * Settings' import and by the lock screen's restore, so both name the fields the same for
 * screen readers and both ask for a file the same way.
 */
export function BackupFileStep({
  children,
  passphrase,
  onPassphrase,
  busy,
  onFile,
  onProblem,
}: {
  /** What opening a backup does here, shown above the fields. */
  children: ReactNode;
  passphrase: string;
  onPassphrase: (value: string) => void;
  busy: boolean;
  onFile: (file: File) => void;
  onProblem: (message: string) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const file = fileInput.current?.files?.[0];
        if (file) onFile(file);
        else onProblem('Choose a backup file first.');
      }}
    >
      <p>{children}</p>
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
    </form>
  );
}
