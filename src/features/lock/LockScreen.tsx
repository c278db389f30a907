import { Suspense, useEffect, useRef, useState } from 'react';
import { pageName } from '../../lib/disguise';
import { closedHeading, lockedHeading } from './lockHeadings';
import { preloadWhenIdle } from '../../ui/lazyView';
import { useLockActions } from './lockActions';
import { stayingSafe } from './stayingSafeView';
import { ForgottenPassphrase } from './ForgottenPassphrase';
import { readAttempts, recordFailure, waitLeft } from './attempts';
import { foldAttemptsIntoSettings } from './failedTries';
import { DerivationCancelledError } from '../../crypto/kdf';
import { NO_SAVE } from '../../ui/noSave';
import { hasPassphrase, WrongPassphraseError } from '../../storage/passphrase';
import { unlockEither } from '../../storage/secondUnlock';
import { openVault } from '../../state/openVault';
import { Problem } from '../../ui/Problem';
import { useT } from '../../ui/i18n/i18n';

type Mode = 'reading' | 'closed' | 'passphrase';

// Help is not needed to show the lock screen: fetched when idle once it is shown.
const StayingSafe = stayingSafe.View;

/**
 * The neutral lock screen. It shows nothing about the journal: no count, no dates, no
 * words from it. With a passphrase it asks for it; without one Keel is only "closed"
 * (the journal is out of memory and off the screen) and opens again with one press.
 */
export function LockScreen() {
  const { t } = useT('first');
  const [mode, setMode] = useState<Mode>('reading');
  const [help, setHelp] = useState(false);
  useEffect(() => preloadWhenIdle([stayingSafe]), []);
  useEffect(() => {
    let live = true;
    hasPassphrase().then(
      (yes) => live && setMode(yes ? 'passphrase' : 'closed'),
      () => live && setMode('closed'),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <main id="main" className="lock" aria-labelledby="lock-heading">
      {mode === 'reading' ? (
        <h1 id="lock-heading">{pageName()}</h1>
      ) : mode === 'closed' ? (
        <Closed />
      ) : (
        <>
          <Unlock />
          <ForgottenPassphrase />
        </>
      )}
      <button type="button" className="link" aria-expanded={help} onClick={() => setHelp(!help)}>
        {t('lock.help')}
      </button>
      {help && (
        <Suspense fallback={null}>
          <StayingSafe onClose={() => setHelp(false)} />
        </Suspense>
      )}
    </main>
  );
}

function Closed() {
  const { t } = useT('first');
  const { openJournal } = useLockActions();
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    setProblem('');
    try {
      const opening = await openVault();
      if (opening.state === 'open') await openJournal(opening.key, opening.firstRun, true);
      else window.location.reload();
    } catch {
      setProblem(t('lock.openFailed'));
      setBusy(false);
    }
  };
  return (
    <>
      <h1 id="lock-heading">{closedHeading(t)}</h1>
      <button type="button" className="primary" disabled={busy} onClick={() => void open()}>
        {t('lock.open')}
      </button>
      <Problem>{problem}</Problem>
    </>
  );
}

function Unlock() {
  const { t } = useT('first');
  const { openJournal } = useLockActions();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [wait, setWait] = useState(() => waitLeft(readAttempts(), Date.now()));
  const input = useRef<HTMLInputElement>(null);
  const stop = useRef<AbortController | null>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait(waitLeft(readAttempts(), Date.now())), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const unlock = async () => {
    if (busy || wait > 0 || passphrase === '') return;
    setBusy(true);
    setProblem('');
    stop.current = new AbortController();
    try {
      const key = await unlockEither(passphrase, stop.current.signal);
      setPassphrase('');
      await openJournal(key);
      await foldAttemptsIntoSettings();
    } catch (error) {
      if (error instanceof DerivationCancelledError) {
        setProblem(t('lock.stopped'));
      } else if (error instanceof WrongPassphraseError) {
        const attempts = recordFailure(Date.now());
        setProblem(t('lock.wrong'));
        setWait(waitLeft(attempts, Date.now()));
        setPassphrase('');
        input.current?.focus();
      } else {
        setProblem(t('lock.unlockFailed'));
      }
      setBusy(false);
    }
  };

  return (
    <form
      className="unlock"
      onSubmit={(event) => {
        event.preventDefault();
        void unlock();
      }}
    >
      <h1 id="lock-heading">{lockedHeading(t)}</h1>
      <label className="field">
        <span>{t('lock.passphrase')}</span>
        <input
          ref={input}
          type="password"
          name="passphrase"
          {...NO_SAVE}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </label>
      {/* The name stays "Unlock" (screen readers and tests rely on it); progress is said below. */}
      <button type="submit" className="primary" disabled={busy || wait > 0} aria-busy={busy}>
        {t('lock.unlock')}
      </button>
      {busy && (
        <button type="button" onClick={() => stop.current?.abort()}>
          {t('lock.cancel')}
        </button>
      )}
      <div aria-live="polite">
        {busy && <p>{t('lock.unlocking')}</p>}
        {problem && <p className="problem">{problem}</p>}
        {wait > 0 && <p>{t('lock.wait', { count: Math.ceil(wait / 1000) })}</p>}
      </div>
    </form>
  );
}
