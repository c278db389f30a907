import { type FormEvent, useState } from 'react';
import { exportBackup } from './actions';
import { BackupStopped } from './chunks';
import { problemMessage } from './errors';
import { MIN_PASSPHRASE } from '../../lib/passphraseLength';
import { NO_SAVE } from '../../ui/noSave';
import { Problem } from '../../ui/Problem';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { useT } from '../../ui/i18n/i18n';

/** "Export backup": one encrypted file with everything, under a passphrase typed here. */
export function ExportBackupForm() {
  const { t } = useT();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const { busy, problem, setProblem, run } = useAsyncAction((error) => {
    if (error instanceof BackupStopped) return null;
    console.error(error);
    return problemMessage(error, 'export', t);
  });
  const [done, setDone] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (passphrase.length < MIN_PASSPHRASE) {
      setProblem(t('export.tooShort', { count: MIN_PASSPHRASE }));
      return;
    }
    if (passphrase !== again) {
      setProblem(t('export.notSame'));
      return;
    }
    await run(t('export.making'), async () => {
      const made = await exportBackup(passphrase);
      setPassphrase('');
      setAgain('');
      setDone(
        made.unreadable > 0
          ? t('export.doneDamaged', { count: made.unreadable })
          : t('export.done'),
      );
    });
  };

  return (
    <form className="backup-part" onSubmit={(e) => void submit(e)} aria-labelledby="export-heading">
      <h3 id="export-heading">{t('export.heading')}</h3>
      <p>{t('export.intro')}</p>
      <label htmlFor="backup-passphrase">{t('export.passphrase')}</label>
      <input
        id="backup-passphrase"
        type="password"
        {...NO_SAVE}
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <label htmlFor="backup-passphrase-again">{t('export.again')}</label>
      <input
        id="backup-passphrase-again"
        type="password"
        {...NO_SAVE}
        value={again}
        onChange={(e) => setAgain(e.target.value)}
      />
      <button type="submit" className="primary" disabled={busy !== ''}>
        {t('export.submit')}
      </button>
      {busy && <p role="status">{busy}</p>}
      <Problem>{problem}</Problem>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
