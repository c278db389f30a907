import { useState } from 'react';
import { useKeel } from '../../state/store';
import type { BackupTables } from '../backup/payload';
import { clearAttempts } from './attempts';
import { DeleteEverything } from './DeleteEverything';
import { useLockActions } from './lockActions';
import { BackupFileStep } from '../backup/BackupFileStep';
import { Problem } from '../../ui/Problem';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { useT } from '../../ui/i18n/i18n';

// The backup code is only needed once someone asks for it: not part of the lock screen.
const restoring = () => import('./restoreLocked');
const problems = () => import('../backup/errors');

/**
 * "Forgotten passphrase" on the lock screen: says plainly that the journal cannot be opened
 * without it, and offers the two ways forward, both from here: a backup file, or starting
 * again with Delete everything.
 */
export function ForgottenPassphrase() {
  const { t } = useT('first');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('forgotten.button')}
      </button>
      {open && (
        <section className="forgotten" aria-labelledby="forgotten-heading">
          <h2 id="forgotten-heading">{t('forgotten.heading')}</h2>
          <p>{t('forgotten.intro')}</p>
          <RestoreFromBackup />
          <DeleteEverything onLockScreen />
        </section>
      )}
    </>
  );
}

type Stage = { step: 'pick' } | { step: 'confirm'; tables: BackupTables };

function RestoreFromBackup() {
  const { t } = useT('first');
  const { openJournal } = useLockActions();
  const [passphrase, setPassphrase] = useState('');
  const [stage, setStage] = useState<Stage>({ step: 'pick' });
  const { busy, problem, setProblem, run } = useAsyncAction(async (error) => {
    console.error(error);
    const { problemMessage } = await problems().catch(() => ({
      problemMessage: () => t('forgotten.failed'),
    }));
    return problemMessage(error);
  });

  const openFile = (file: File) =>
    void run(t('forgotten.opening'), async () => {
      const { readBackupFile } = await restoring();
      const tables = await readBackupFile(file, passphrase);
      setStage({ step: 'confirm', tables });
    });

  const replace = (tables: BackupTables) =>
    void run(t('forgotten.replacing'), async () => {
      const { replaceLockedJournal } = await restoring();
      const key = await replaceLockedJournal(tables, passphrase);
      clearAttempts();
      setPassphrase('');
      await openJournal(key);
      useKeel.getState().setStatus(t('forgotten.done'));
    });

  return (
    <div className="backup-part" role="group" aria-labelledby="restore-locked-heading">
      <h3 id="restore-locked-heading">{t('forgotten.restoreHeading')}</h3>
      {stage.step === 'pick' ? (
        <BackupFileStep
          passphrase={passphrase}
          onPassphrase={setPassphrase}
          busy={busy !== ''}
          onFile={openFile}
          onProblem={setProblem}
        >
          {t('forgotten.restoreIntro')}
        </BackupFileStep>
      ) : (
        <div>
          <p>{t('forgotten.holds', { count: stage.tables.entries?.length ?? 0 })}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={busy !== ''}
              onClick={() => replace(stage.tables)}
            >
              {t('forgotten.replace')}
            </button>
            <button
              type="button"
              disabled={busy !== ''}
              onClick={() => {
                setStage({ step: 'pick' });
                setProblem('');
              }}
            >
              {t('forgotten.cancel')}
            </button>
          </div>
        </div>
      )}
      {busy && <p role="status">{busy}</p>}
      <Problem>{problem}</Problem>
    </div>
  );
}
