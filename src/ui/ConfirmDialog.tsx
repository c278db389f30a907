import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import './confirm.css';
import { useT } from './i18n/i18n';

interface Question {
  text: string;
  confirm: string;
  cancel: string;
  resolve(answer: boolean): void;
}

/**
 * A small in-page question in place of window.confirm, which would freeze the page and
 * hide the Quick exit button. It is deliberately not modal: Tab still reaches Quick exit,
 * and Shift pressed three times still leaves. Escape answers "no".
 */
export function useConfirm(): [
  dialog: ReactNode,
  ask: (text: string, confirm: string, cancel?: string) => Promise<boolean>,
] {
  const { t } = useT();
  const keepIt = t('confirm.keepIt');
  const [question, setQuestion] = useState<Question | null>(null);
  const ask = useCallback(
    (text: string, confirm: string, cancel = keepIt) =>
      new Promise<boolean>((resolve) => setQuestion({ text, confirm, cancel, resolve })),
    [keepIt],
  );
  const answer = (value: boolean) => {
    question?.resolve(value);
    setQuestion(null);
  };
  return [question ? <ConfirmDialog question={question} onAnswer={answer} /> : null, ask];
}

function ConfirmDialog({
  question,
  onAnswer,
}: {
  question: Question;
  onAnswer(value: boolean): void;
}) {
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    returnTo.current = document.activeElement;
    cancelRef.current?.focus();
    return () => {
      if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected) {
        returnTo.current.focus();
      }
    };
  }, []);

  return (
    <div className="confirm-backdrop">
      <div
        role="alertdialog"
        aria-labelledby={textId}
        className="confirm"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onAnswer(false);
        }}
      >
        <p id={textId}>{question.text}</p>
        <div className="actions">
          <button type="button" ref={cancelRef} onClick={() => onAnswer(false)}>
            {question.cancel}
          </button>
          <button type="button" className="primary" onClick={() => onAnswer(true)}>
            {question.confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
