import { useEffect, useState, useSyncExternalStore } from 'react';
import { useKeel } from '../../state/store';
import { NO_SAVE_LINE } from '../../ui/noSave';
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
      <h3 id="second-passphrase-heading">A second passphrase</h3>
      <p>
        A second passphrase opens a separate, ordinary journal. If someone makes you open Keel, you
        can type it instead: this journal stays shut, and nothing in the other one mentions it.
      </p>
      <p>
        It cannot hide that Keel is on this device. Someone who looks into the browser&apos;s
        storage with developer tools could see that more is stored than the open journal shows.
        Delete everything, from either journal, removes both; each journal&apos;s backups hold only
        its own writing.
      </p>
      <p>A few everyday entries in the second journal help it look lived in.</p>
      {isSet && (
        <p>A second passphrase is set. This journal&apos;s passphrase stays while it is.</p>
      )}
      {action === 'set' || action === 'change' ? (
        <SecondForm change={action === 'change'} onDone={done} onCancel={() => setAction(null)} />
      ) : action === 'remove' ? (
        <RemoveSecond onDone={done} onCancel={() => setAction(null)} />
      ) : isSet === null ? null : isSet ? (
        <div className="actions">
          <button type="button" onClick={() => setAction('change')}>
            Change second passphrase
          </button>
          <button type="button" onClick={() => setAction('remove')}>
            Remove second passphrase
          </button>
        </div>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setAction('set')}>
            Set a second passphrase
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

const SECOND_NAMES = {
  current: 'Current second passphrase',
  next: 'Second passphrase',
  again: 'Second passphrase again',
};

function SecondForm({ change, onDone, onCancel }: FormProps) {
  const [passphrases, setPassphrases] = useState(NO_PASSPHRASES);
  const { current, next, again } = passphrases;
  const { busy, problem, setProblem, run } = useAsyncAction((error) =>
    error instanceof SameAsRealPassphraseError
      ? 'That is this journal’s passphrase. Please choose a different one for the second journal. Nothing has been changed.'
      : error instanceof WrongPassphraseError
        ? 'The current second passphrase did not match. Nothing has been changed.'
        : 'This could not be saved just now. Nothing has been changed. Please try again.',
  );

  const submit = async () => {
    const fieldProblem = newPassphraseProblem(next, again);
    if (fieldProblem) {
      setProblem(fieldProblem);
      return;
    }
    await run('Making the key. This can take a few seconds.', async () => {
      if (change) await changeSecondPassphrase(current, next);
      else await setSecondPassphrase(next, useKeel.getState().settings);
      onDone(change ? 'Second passphrase changed.' : 'Second passphrase set.');
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
        names={SECOND_NAMES}
        values={passphrases}
        onChange={setPassphrases}
        askCurrent={change}
        hint={<>It must differ from this journal&apos;s passphrase. {NO_SAVE_LINE}</>}
      />
      <Problem>{problem}</Problem>
      <div aria-live="polite">{busy && <p>{busy}</p>}</div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy !== ''}>
          {busy ? 'Working…' : 'Save second passphrase'}
        </button>
        <button type="button" onClick={onCancel} disabled={busy !== ''}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RemoveSecond({ onDone, onCancel }: Omit<FormProps, 'change'>) {
  const { busy, problem, run } = useAsyncAction(
    () => 'This could not be done just now. Nothing has been changed. Please try again.',
  );
  const remove = () =>
    run('Deleting the second journal…', async () => {
      await removeSecondPassphrase();
      onDone('Second passphrase removed, with its journal.');
    });
  return (
    <div className="passphrase-form">
      <p>
        This deletes the second journal and everything written in it. It cannot be undone. This
        journal is not touched.
      </p>
      <Problem>{problem}</Problem>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy !== ''}
          onClick={() => void remove()}
        >
          Delete the second journal
        </button>
        <button type="button" onClick={onCancel} disabled={busy !== ''}>
          Cancel
        </button>
      </div>
    </div>
  );
}
