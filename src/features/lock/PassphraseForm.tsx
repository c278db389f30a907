import { useRef, useState } from 'react';
import { useKeel, whenJournalLoaded } from '../../state/store';
import { tellOtherTabs } from '../../lib/tabChannel';
import { DerivationCancelledError } from '../../crypto/kdf';
import { changePassphrase, WrongPassphraseError } from '../../storage/passphrase';
import { MIN_PASSPHRASE } from '../../lib/passphraseLength';
import { NO_PASSPHRASES, PassphraseFields } from './PassphraseFields';
import { Problem } from '../../ui/Problem';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { type Translate, useT } from '../../ui/i18n/i18n';

export type PassphraseAction = 'set' | 'change' | 'remove';

const BUTTON = {
  set: 'passphrase.set',
  change: 'passphrase.change',
  remove: 'passphrase.remove',
} as const satisfies Record<PassphraseAction, string>;

const DONE = {
  set: 'passphrase.wasSet',
  change: 'passphrase.wasChanged',
  remove: 'passphrase.wasRemoved',
} as const satisfies Record<PassphraseAction, string>;

/** Checks the new passphrase fields; returns a kind message, or '' when they are fine. */
export function newPassphraseProblem(next: string, again: string, t: Translate): string {
  if (next.length < MIN_PASSPHRASE) return t('passphrase.tooShort', { min: MIN_PASSPHRASE });
  if (next !== again) return t('passphrase.notSame');
  return '';
}

/** The open journal goes on with the new data key (the old one no longer opens anything). */
function takeNewKey(key: CryptoKey): void {
  if (useKeel.getState().phase !== 'open') return;
  useKeel.getState().replaceKey(key);
}

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
  const { t } = useT();
  const names = {
    current: t('passphrase.current'),
    next: t('passphrase.new'),
    again: t('passphrase.newAgain'),
  };
  const deriving = t('passphrase.deriving');
  const writing = t('passphrase.writing');
  const explain = (error: unknown) =>
    t(
      error instanceof DerivationCancelledError
        ? 'passphrase.stopped'
        : error instanceof WrongPassphraseError
          ? 'passphrase.wrongCurrent'
          : 'passphrase.saveFailed',
    );
  const [passphrases, setPassphrases] = useState(NO_PASSPHRASES);
  const { current, next, again } = passphrases;
  const [newKey, setNewKey] = useState(true);
  const { busy, problem, setProblem, run } = useAsyncAction(explain);
  const stop = useRef<AbortController | null>(null);
  const needsCurrent = action !== 'set';
  const needsNew = action !== 'remove';

  const submit = async () => {
    const fieldProblem = needsNew ? newPassphraseProblem(next, again, t) : '';
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
    await run(deriving, async (nowDoing) => {
      // Re-sealing reads every record: entries still loading must be in first.
      if (needsNew) await whenJournalLoaded();
      await changePassphrase(current, needsNew ? next : null, {
        newKey: renewsKey,
        signal: controller.signal,
        onWriting: () => nowDoing(writing),
        onNewKey: takeNewKey,
      });
      onDone(t(DONE[action]));
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
      <PassphraseFields
        names={names}
        values={passphrases}
        onChange={setPassphrases}
        askCurrent={needsCurrent}
        askNew={needsNew}
        strengthHint={t('passphrase.strengthHint')}
        hint={t('passphrase.noSave')}
      />
      {action === 'change' && (
        <label className="check">
          <input
            type="checkbox"
            checked={newKey}
            onChange={(event) => setNewKey(event.target.checked)}
          />
          <span>{t('passphrase.newKey')}</span>
        </label>
      )}
      {action === 'change' && <p className="hint">{t('passphrase.newKeyWhy')}</p>}
      <Problem>{problem}</Problem>
      <div aria-live="polite">{busy && <p>{busy}</p>}</div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy !== ''}>
          {t(busy ? 'passphrase.working' : BUTTON[action])}
        </button>
        <button
          type="button"
          onClick={() => (busy === deriving ? stop.current?.abort() : onCancel())}
          disabled={busy === writing}
        >
          {t('passphrase.cancel')}
        </button>
      </div>
    </form>
  );
}
