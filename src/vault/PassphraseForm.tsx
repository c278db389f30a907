import { useState } from 'react';
import { changePassphrase, WrongPassphraseError } from './passphrase';
import { MIN_PASSPHRASE } from './passphraseLength';

export type PassphraseAction = 'set' | 'change' | 'remove';

const BUTTON: Record<PassphraseAction, string> = {
  set: 'Set passphrase',
  change: 'Change passphrase',
  remove: 'Remove passphrase',
};

/** Checks the new passphrase fields; returns a kind message, or '' when they are fine. */
export function newPassphraseProblem(next: string, again: string): string {
  if (next.length < MIN_PASSPHRASE) {
    return `Please use at least ${MIN_PASSPHRASE} characters. A few ordinary words you will remember work well.`;
  }
  if (next !== again) return 'The two new passphrases are not the same. Please type them again.';
  return '';
}

interface Props {
  action: PassphraseAction;
  onDone(message: string): void;
  onCancel(): void;
}

/** Sets, changes or removes the passphrase. Only the keyring is re-wrapped. */
export function PassphraseForm({ action, onDone, onCancel }: Props) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const needsCurrent = action !== 'set';
  const needsNew = action !== 'remove';

  const submit = async () => {
    const fieldProblem = needsNew ? newPassphraseProblem(next, again) : '';
    if (fieldProblem) {
      setProblem(fieldProblem);
      return;
    }
    setBusy(true);
    setProblem('');
    try {
      await changePassphrase(current, needsNew ? next : null);
      onDone(
        action === 'set'
          ? 'Passphrase set. Keel will ask for it when it opens.'
          : action === 'change'
            ? 'Passphrase changed.'
            : 'Passphrase removed. Keel opens without one now.',
      );
    } catch (error) {
      setProblem(
        error instanceof WrongPassphraseError
          ? 'The current passphrase did not match. Nothing has been changed.'
          : 'This could not be saved just now. Nothing has been changed. Please try again.',
      );
      setBusy(false);
    }
  };

  return (
    <form
      className="passphrase-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {needsCurrent && (
        <label className="field">
          <span>Current passphrase</span>
          <input
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
        </label>
      )}
      {needsNew && (
        <>
          <label className="field">
            <span>New passphrase</span>
            <input
              type="password"
              autoComplete="new-password"
              value={next}
              onChange={(event) => setNext(event.target.value)}
            />
          </label>
          <label className="field">
            <span>New passphrase again</span>
            <input
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(event) => setAgain(event.target.value)}
            />
          </label>
        </>
      )}
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Working…' : BUTTON[action]}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
