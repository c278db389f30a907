import { useState } from 'react';
import { useKeel } from '../../state/store';
import type { BackupTables } from '../backup/payload';
import { clearAttempts } from './attempts';
import { DeleteEverything } from './DeleteEverything';
import { useLockActions } from './lockActions';
import { BackupFileStep } from '../backup/BackupFileStep';
import { Problem } from '../../ui/Problem';
import { useAsyncAction } from '../../ui/useAsyncAction';

const entriesIn = (tables: BackupTables) => {
  const n = tables.entries?.length ?? 0;
  return `${n} ${n === 1 ? 'entry' : 'entries'}`;
};

// The backup code is only needed once someone asks for it: not part of the lock screen.
const restoring = () => import('./restoreLocked');
const problems = () => import('../backup/errors');

/**
 * "Forgotten passphrase" on the lock screen: says plainly that the journal cannot be opened
 * without it, and offers the two ways forward, both from here: a backup file, or starting
 * again with Delete everything.
 */
export function ForgottenPassphrase() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        Forgotten passphrase
      </button>
      {open && (
        <section className="forgotten" aria-labelledby="forgotten-heading">
          <h2 id="forgotten-heading">If the passphrase is forgotten</h2>
          <p>
            This journal cannot be opened without its passphrase, by you or by anyone else. There is
            no reset. You can restore a backup file in its place, or start again.
          </p>
          <RestoreFromBackup />
          <DeleteEverything onLockScreen />
        </section>
      )}
    </>
  );
}

type Stage = { step: 'pick' } | { step: 'confirm'; tables: BackupTables };

function RestoreFromBackup() {
  const { openJournal } = useLockActions();
  const [passphrase, setPassphrase] = useState('');
  const [stage, setStage] = useState<Stage>({ step: 'pick' });
  const { busy, problem, setProblem, run } = useAsyncAction(async (error) => {
    console.error(error);
    const { problemMessage } = await problems().catch(() => ({
      problemMessage: () => 'This could not be done just now. Nothing has been changed.',
    }));
    return problemMessage(error);
  });

  const openFile = (file: File) =>
    void run('Opening the backup…', async () => {
      const { readBackupFile } = await restoring();
      const tables = await readBackupFile(file, passphrase);
      setStage({ step: 'confirm', tables });
    });

  const replace = (tables: BackupTables) =>
    void run('Putting the backup in place…', async () => {
      const { replaceLockedJournal } = await restoring();
      const key = await replaceLockedJournal(tables, passphrase);
      clearAttempts();
      setPassphrase('');
      await openJournal(key);
      useKeel
        .getState()
        .setStatus('The backup is in place. Keel now opens with the passphrase of that backup.');
    });

  return (
    <div className="backup-part" role="group" aria-labelledby="restore-locked-heading">
      <h3 id="restore-locked-heading">Restore from a backup</h3>
      {stage.step === 'pick' ? (
        <BackupFileStep
          passphrase={passphrase}
          onPassphrase={setPassphrase}
          busy={busy !== ''}
          onFile={openFile}
          onProblem={setProblem}
        >
          A backup opens with the passphrase typed when it was made. It takes the place of the
          locked journal here, and from then on Keel opens with that passphrase.
        </BackupFileStep>
      ) : (
        <div>
          <p>
            The backup opened and holds {entriesIn(stage.tables)}. Put it in place of the locked
            journal? The locked journal cannot be opened again afterwards.
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={busy !== ''}
              onClick={() => replace(stage.tables)}
            >
              Replace the locked journal
            </button>
            <button
              type="button"
              disabled={busy !== ''}
              onClick={() => {
                setStage({ step: 'pick' });
                setProblem('');
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {busy && <p role="status">{busy}</p>}
      <Problem>{problem}</Problem>
    </div>
  );
}
