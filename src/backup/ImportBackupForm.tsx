import { type FormEvent, useRef, useState } from 'react';
import { applyImport, exportBackup, openBackupFile } from './actions';
import { problemMessage } from './errors';
import type { BackupTables } from './payload';
import type { ImportMode } from './records';

type Stage =
  | { step: 'pick' }
  | { step: 'choose'; tables: BackupTables }
  | { step: 'replace'; tables: BackupTables; savedFirst: boolean };

function countEntries(tables: BackupTables): string {
  const n = tables.entries?.length ?? 0;
  return `${n} ${n === 1 ? 'entry' : 'entries'}`;
}

/** "Backup file" then "Import": checks everything first, then merge or replace. */
export function ImportBackupForm() {
  const fileInput = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [stage, setStage] = useState<Stage>({ step: 'pick' });
  const [busy, setBusy] = useState('');
  const [problem, setProblem] = useState('');

  const run = async (label: string, work: () => Promise<void>) => {
    setProblem('');
    setBusy(label);
    try {
      await work();
    } catch (error) {
      console.error(error);
      setProblem(problemMessage(error));
    } finally {
      setBusy('');
    }
  };

  const apply = (tables: BackupTables, mode: ImportMode) =>
    run('Bringing the backup in…', async () => {
      await applyImport(tables, mode);
    });

  const open = (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setProblem('Choose a backup file first.');
      return;
    }
    void run('Opening the backup…', async () => {
      const opened = await openBackupFile(file, passphrase);
      if (opened.needsChoice) setStage({ step: 'choose', tables: opened.tables });
      else await applyImport(opened.tables, 'replace');
    });
  };

  const cancel = () => {
    setStage({ step: 'pick' });
    setProblem('');
  };

  return (
    <div className="backup-part" role="group" aria-labelledby="import-heading">
      <h3 id="import-heading">Restore from a backup</h3>
      {stage.step === 'pick' && (
        <form onSubmit={open}>
          <p>
            Everything in the file is checked before anything is written, so a damaged file or a
            wrong passphrase leaves your journal just as it is.
          </p>
          <label className="field">
            <span>Backup file</span>
            <input ref={fileInput} type="file" />
          </label>
          <label className="field">
            <span>Passphrase for this backup</span>
            <input
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </label>
          <button type="submit" className="primary" disabled={busy !== ''}>
            Import
          </button>
        </form>
      )}
      {stage.step === 'choose' && (
        <div>
          <p>
            The backup opened and holds {countEntries(stage.tables)}. Your journal here already has
            writing in it. How should the two come together?
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={busy !== ''}
              onClick={() => void apply(stage.tables, 'merge')}
            >
              Merge
            </button>
            <button
              type="button"
              disabled={busy !== ''}
              onClick={() => setStage({ step: 'replace', tables: stage.tables, savedFirst: false })}
            >
              Replace
            </button>
            <button type="button" disabled={busy !== ''} onClick={cancel}>
              Cancel
            </button>
          </div>
          <p className="hint">
            Merge keeps everything here and adds what the backup has. Where the same entry is in
            both, the more recent edit is kept. Replace makes your journal exactly the backup.
          </p>
        </div>
      )}
      {stage.step === 'replace' && (
        <div>
          <p>
            Replacing removes what is in this journal now. First, save a backup of it, locked with
            the passphrase you just typed, so nothing is lost.
          </p>
          <div className="actions">
            <button
              type="button"
              className={stage.savedFirst ? undefined : 'primary'}
              disabled={busy !== ''}
              onClick={() =>
                void run('Saving a backup of this journal…', async () => {
                  await exportBackup(passphrase, 'before-restore');
                  setStage({ ...stage, savedFirst: true });
                })
              }
            >
              Download a backup of this journal first
            </button>
            <button
              type="button"
              className={stage.savedFirst ? 'primary' : undefined}
              disabled={busy !== '' || !stage.savedFirst}
              onClick={() => void apply(stage.tables, 'replace')}
            >
              Replace my journal
            </button>
            <button type="button" disabled={busy !== ''} onClick={cancel}>
              Cancel
            </button>
          </div>
          {stage.savedFirst && <p role="status">The backup of this journal is saved.</p>}
        </div>
      )}
      {busy && <p role="status">{busy}</p>}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
