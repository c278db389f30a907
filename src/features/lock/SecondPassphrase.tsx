import { useEffect, useState, useSyncExternalStore } from 'react';
import { useKeel } from '../../state/store';
import { WrongPassphraseError } from '../../storage/passphrase';
import { newPassphraseProblem } from './PassphraseForm';
import { NO_PASSPHRASES, PassphraseFields } from './PassphraseFields';
import {
  canRemovePassphrase,
  changeSecondPassphrase,
  hasSecondJournal,
  journalKind,
  removeSecondPassphrase,
  SameAsRealPassphraseError,
  setSecondPassphrase,
} from '../../storage/secondJournal';
import { Problem } from '../../ui/Problem';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { useT } from '../../ui/i18n/i18n';

// Lock and passphrase asks again whenever a second passphrase is set or removed.
let version = 0;
const listeners = new Set<() => void>();
function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether "Remove passphrase" is offered: never in the second journal, nor while it exists. */
export function usePassphraseRemovable(): boolean {
  const seen = useSyncExternalStore(subscribe, () => version);
  const [removable, setRemovable] = useState(false);
  useEffect(() => {
    let live = true;
    void canRemovePassphrase().then(
      (yes) => live && setRemovable(yes),
      () => live && setRemovable(false),
    );
    return () => {
      live = false;
    };
  }, [seen]);
  return removable;
}

type Action = null | 'set' | 'change' | 'remove';

/**
 * "Set a second passphrase", in the real journal's Lock and passphrase only: it opens a
 * separate, ordinary journal. See docs/decisions/0022-second-passphrase.md.
 */
export function SecondPassphrase() {
  const { t } = useT();
  const seen = useSyncExternalStore(subscribe, () => version);
  const [isSet, setIsSet] = useState<boolean | null>(null);
  const [action, setAction] = useState<Action>(null);

  useEffect(() => {
    let live = true;
    void hasSecondJournal().then(
      (yes) => live && setIsSet(yes),
      () => live && setIsSet(null),
    );
    return () => {
      live = false;
    };
  }, [seen]);

  if (journalKind() !== 'real') return null;

  const done = (message: string) => {
    setAction(null);
    changed();
    useKeel.getState().setStatus(message);
  };

  return (
    <section className="second-passphrase" aria-labelledby="second-passphrase-heading">
      <h3 id="second-passphrase-heading">{t('second.heading')}</h3>
      <p>{t('second.what')}</p>
      <p>{t('second.limits')}</p>
      <p>{t('second.livedIn')}</p>
      {isSet && <p>{t('second.isSet')}</p>}
      {action === 'set' || action === 'change' ? (
        <SecondForm change={action === 'change'} onDone={done} onCancel={() => setAction(null)} />
      ) : action === 'remove' ? (
        <RemoveSecond onDone={done} onCancel={() => setAction(null)} />
      ) : isSet === null ? null : isSet ? (
        <div className="actions">
          <button type="button" onClick={() => setAction('change')}>
            {t('second.change')}
          </button>
          <button type="button" onClick={() => setAction('remove')}>
            {t('second.remove')}
          </button>
        </div>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setAction('set')}>
            {t('second.set')}
          </button>
        </div>
      )}
    </section>
  );
}

interface FormProps {
  change: boolean;
  onDone(message: string): void;
  onCancel(): void;
}

function SecondForm({ change, onDone, onCancel }: FormProps) {
  const { t } = useT();
  const [passphrases, setPassphrases] = useState(NO_PASSPHRASES);
  const { current, next, again } = passphrases;
  const { busy, problem, setProblem, run } = useAsyncAction((error) =>
    t(
      error instanceof SameAsRealPassphraseError
        ? 'second.sameAsReal'
        : error instanceof WrongPassphraseError
          ? 'second.wrongCurrent'
          : 'passphrase.saveFailed',
    ),
  );

  const submit = async () => {
    const fieldProblem = newPassphraseProblem(next, again, t);
    if (fieldProblem) {
      setProblem(fieldProblem);
      return;
    }
    await run(t('passphrase.deriving'), async () => {
      if (change) await changeSecondPassphrase(current, next);
      else await setSecondPassphrase(next, useKeel.getState().settings);
      onDone(t(change ? 'second.wasChanged' : 'second.wasSet'));
    });
  };

  return (
    <form
      className="passphrase-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <PassphraseFields
        names={{
          current: t('second.current'),
          next: t('second.new'),
          again: t('second.newAgain'),
        }}
        values={passphrases}
        onChange={setPassphrases}
        askCurrent={change}
        hint={t('second.differ', { noSave: t('passphrase.noSave') })}
      />
      <Problem>{problem}</Problem>
      <div aria-live="polite">{busy && <p>{busy}</p>}</div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy !== ''}>
          {t(busy ? 'passphrase.working' : 'second.save')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy !== ''}>
          {t('passphrase.cancel')}
        </button>
      </div>
    </form>
  );
}

function RemoveSecond({ onDone, onCancel }: Omit<FormProps, 'change'>) {
  const { t } = useT();
  const { busy, problem, run } = useAsyncAction(() => t('second.removeFailed'));
  const remove = () =>
    run(t('second.deleting'), async () => {
      await removeSecondPassphrase();
      onDone(t('second.wasRemoved'));
    });
  return (
    <div className="passphrase-form">
      <p>{t('second.removeWhat')}</p>
      <Problem>{problem}</Problem>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy !== ''}
          onClick={() => void remove()}
        >
          {t('second.deleteButton')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy !== ''}>
          {t('passphrase.cancel')}
        </button>
      </div>
    </div>
  );
}
