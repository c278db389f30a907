import { useId, useRef, useState } from 'react';
import { useKeel, whenJournalLoaded } from '../../state/store';
import { tellOtherTabs } from '../../lib/tabChannel';
import { DerivationCancelledError } from '../../crypto/kdf';
import { NO_SAVE, NO_SAVE_LINE } from '../../ui/noSave';
import { changePassphrase, WrongPassphraseError } from '../../storage/passphrase';
import { MIN_PASSPHRASE } from '../../lib/passphraseLength';
import { estimateStrength } from './strength';
import { Problem } from '../../ui/Problem';
import { useAsyncAction } from '../../ui/useAsyncAction';

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

/** The open journal goes on with the new data key (the old one no longer opens anything). */
function takeNewKey(key: CryptoKey): void {
  if (useKeel.getState().phase !== 'open') return;
  useKeel.getState().replaceKey(key);
}

const DERIVING = 'Making the key. This can take a few seconds.';
const WRITING = 'Sealing your journal with the new key. Please keep Keel open.';

const explain = (error: unknown) =>
  error instanceof DerivationCancelledError
    ? 'Stopped. Nothing has been changed.'
    : error instanceof WrongPassphraseError
      ? 'The current passphrase did not match. Nothing has been changed.'
      : 'This could not be saved just now. Nothing has been changed. Please try again.';

interface Props {
  action: PassphraseAction;
  onDone(message: string): void;
  onCancel(): void;
}

/**
 * Sets, changes or removes the passphrase. A first passphrase, or a change with "Make a new
 * key", also re-seals every record under a new data key (all or nothing).
 */
export function PassphraseForm({ action, onDone, onCancel }: Props) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [newKey, setNewKey] = useState(true);
  const { busy, problem, setProblem, run } = useAsyncAction(explain);
  const stop = useRef<AbortController | null>(null);
  const strengthId = useId();
  const needsCurrent = action !== 'set';
  const needsNew = action !== 'remove';
  const strength = needsNew && next !== '' ? estimateStrength(next) : null;

  const submit = async () => {
    const fieldProblem = needsNew ? newPassphraseProblem(next, again) : '';
    if (fieldProblem) {
      setProblem(fieldProblem);
      return;
    }
    const controller = new AbortController();
    stop.current = controller;
    const renewsKey = action === 'set' || (action === 'change' && newKey);
    // Other tabs hold the old key: they lock now, so their last writes land (sealed with the
    // old key) before the re-key reads every row, and none are sealed with it afterwards.
    if (renewsKey) tellOtherTabs({ type: 'lock' });
    await run(DERIVING, async (nowDoing) => {
      // Re-sealing reads every record: entries still loading must be in first.
      if (needsNew) await whenJournalLoaded();
      await changePassphrase(current, needsNew ? next : null, {
        newKey: renewsKey,
        signal: controller.signal,
        onWriting: () => nowDoing(WRITING),
        onNewKey: takeNewKey,
      });
      onDone(
        action === 'set'
          ? 'Passphrase set. Keel will ask for it when it opens.'
          : action === 'change'
            ? 'Passphrase changed.'
            : 'Passphrase removed. Keel opens without one now.',
      );
    });
    stop.current = null;
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
            {...NO_SAVE}
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
              {...NO_SAVE}
              aria-describedby={strengthId}
              value={next}
              onChange={(event) => setNext(event.target.value)}
            />
          </label>
          <p id={strengthId} className="hint" aria-live="polite">
            {strength
              ? strength.message
              : 'Four or more random words make a strong passphrase that is easy to remember.'}
          </p>
          <label className="field">
            <span>New passphrase again</span>
            <input
              type="password"
              {...NO_SAVE}
              value={again}
              onChange={(event) => setAgain(event.target.value)}
            />
          </label>
          <p className="hint">{NO_SAVE_LINE}</p>
        </>
      )}
      {action === 'change' && (
        <label className="check">
          <input
            type="checkbox"
            checked={newKey}
            onChange={(event) => setNewKey(event.target.checked)}
          />
          <span>Make a new key</span>
        </label>
      )}
      {action === 'change' && (
        <p className="hint">
          If someone may have known your old passphrase, a new key means nothing they copied with it
          can open your journal. It takes a little longer.
        </p>
      )}
      <Problem>{problem}</Problem>
      <div aria-live="polite">{busy && <p>{busy}</p>}</div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy !== ''}>
          {busy ? 'Working…' : BUTTON[action]}
        </button>
        <button
          type="button"
          onClick={() => (busy === DERIVING ? stop.current?.abort() : onCancel())}
          disabled={busy === WRITING}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
