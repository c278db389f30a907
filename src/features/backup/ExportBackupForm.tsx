import { type FormEvent, useState } from 'react';
import { exportBackup } from './actions';
import { BackupStopped } from './chunks';
import { problemMessage } from './errors';
import { MIN_PASSPHRASE } from '../../lib/passphraseLength';
import { NO_SAVE } from '../../ui/noSave';
import { Problem } from '../../ui/Problem';
import { useAsyncAction } from '../../ui/useAsyncAction';

/** "Export backup": one encrypted file with everything, under a passphrase typed here. */
export function ExportBackupForm() {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const { busy, problem, setProblem, run } = useAsyncAction((error) => {
    if (error instanceof BackupStopped) return null;
    console.error(error);
    return problemMessage(error, 'export');
  });
  const [done, setDone] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (passphrase.length < MIN_PASSPHRASE) {
      setProblem(`A backup passphrase needs at least ${MIN_PASSPHRASE} characters.`);
      return;
    }
    if (passphrase !== again) {
      setProblem('The two passphrases are not the same yet.');
      return;
    }
    await run('Making the backup…', async () => {
      const made = await exportBackup(passphrase);
      setPassphrase('');
      setAgain('');
      setDone(
        `Your backup is ready, encrypted${made.unreadable > 0 ? ` (${made.unreadable} damaged records could not be included)` : ''}. Keep the file somewhere only you can reach, and keep the passphrase too: without it the backup cannot be opened.`,
      );
    });
  };

  return (
    <form className="backup-part" onSubmit={(e) => void submit(e)} aria-labelledby="export-heading">
      <h3 id="export-heading">Encrypted backup</h3>
      <p>
        One file with everything you have written and set up here. It is locked with a passphrase
        you choose now. Your journal passphrase is a good choice, so there is only one to remember.
      </p>
      <label htmlFor="backup-passphrase">Backup passphrase</label>
      <input
        id="backup-passphrase"
        type="password"
        {...NO_SAVE}
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <label htmlFor="backup-passphrase-again">Backup passphrase again</label>
      <input
        id="backup-passphrase-again"
        type="password"
        {...NO_SAVE}
        value={again}
        onChange={(e) => setAgain(e.target.value)}
      />
      <button type="submit" className="primary" disabled={busy !== ''}>
        Export backup
      </button>
      {busy && <p role="status">{busy}</p>}
      <Problem>{problem}</Problem>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
