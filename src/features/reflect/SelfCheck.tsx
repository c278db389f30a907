import { useState } from 'react';
import { useKeel } from '../../state/store';
import type { SelfCheck as Check, SignRating } from '../../storage/reflectSafetyTypes';
import { formatDay } from '../../lib/dates';
import { saveFailedMessage } from '../../ui/messages';
import { openSafetyAt } from '../../state/safetyJump';
import { useLoadOnce } from '../../ui/useLoadOnce';
import { loadChecks, saveCheck } from './actions';
import { CheckChanges } from './CheckChanges';
import { CheckReflection } from './CheckReflection';
import { RATINGS, SAFETY_SIGNS, type Sign, SIGNS } from './signs';
import { Problem } from '../../ui/Problem';

type Mode = { kind: 'view' } | { kind: 'new' } | { kind: 'edit'; check: Check };

/** The self-check: rate the signs, save a dated check-in, see gently what changed. */
export function SelfCheck() {
  const [checks, setChecks] = useState<Check[] | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [problem, setProblem] = useState('');
  // The check-in just saved: its reflection ends the check-in, until the next one starts.
  const [reflected, setReflected] = useState<Check | null>(null);

  useLoadOnce(
    loadChecks,
    setChecks,
    setProblem,
    'Your earlier check-ins could not be opened just now.',
  );

  const latest = checks?.at(-1);
  const previous = checks && checks.length >= 2 ? checks.at(-2) : undefined;
  const first = checks && checks.length >= 3 ? checks[0] : undefined;

  const save = async (answers: Record<string, SignRating>) => {
    try {
      setProblem('');
      const existing = mode.kind === 'edit' ? mode.check : undefined;
      const saved = await saveCheck(answers, existing);
      setChecks((list) =>
        existing
          ? (list ?? []).map((c) => (c.id === saved.id ? saved : c))
          : [...(list ?? []), saved],
      );
      setMode({ kind: 'view' });
      setReflected(saved);
      useKeel.getState().setStatus('Check-in saved');
    } catch (error) {
      setProblem(saveFailedMessage(error));
    }
  };

  return (
    <section className="self-check" aria-labelledby="self-check-heading">
      <h2 id="self-check-heading">Check in with yourself</h2>
      <p>
        These are things many people notice when a relationship hurts them and still pulls them
        back. Take them slowly, skip any you like. There are no right answers and no score.
      </p>
      <p className="note">
        This is for your own reflection. It is not a test and not a diagnosis, and nothing here says
        what you should do.{' '}
        <button type="button" className="link" onClick={() => openSafetyAt('resources')}>
          People you can talk to
        </button>
      </p>
      <Problem>{problem}</Problem>

      {mode.kind === 'view' ? (
        <>
          {reflected && <CheckReflection key={reflected.updatedAt} answers={reflected.answers} />}
          {latest && (
            <div className="check-summary">
              <p>
                Your last check-in was on <strong>{formatDay(latest.createdAt)}</strong>.
              </p>
              {previous && (
                <CheckChanges
                  title={`Since the one before, on ${formatDay(previous.createdAt)}`}
                  earlier={previous}
                  later={latest}
                />
              )}
              {first && (
                <CheckChanges
                  title={`Since your first, on ${formatDay(first.createdAt)}`}
                  earlier={first}
                  later={latest}
                />
              )}
              {!previous && (
                <p className="hint">
                  When you check in again another day, you will see here what has shifted.
                </p>
              )}
            </div>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                setReflected(null);
                setMode({ kind: 'new' });
              }}
            >
              {latest ? 'Check in again' : 'Start a check-in'}
            </button>
            {latest && (
              <button
                type="button"
                onClick={() => {
                  setReflected(null);
                  setMode({ kind: 'edit', check: latest });
                }}
              >
                Change my last answers
              </button>
            )}
          </div>
        </>
      ) : (
        <CheckForm
          initial={mode.kind === 'edit' ? mode.check.answers : {}}
          onSave={(answers) => void save(answers)}
          onCancel={() => setMode({ kind: 'view' })}
        />
      )}
    </section>
  );
}

interface FormProps {
  initial: Record<string, SignRating>;
  onSave(answers: Record<string, SignRating>): void;
  onCancel(): void;
}

function CheckForm({ initial, onSave, onCancel }: FormProps) {
  const [answers, setAnswers] = useState<Record<string, SignRating>>(initial);
  const rate = (id: string, rating: SignRating) => setAnswers({ ...answers, [id]: rating });
  return (
    <form
      aria-label="Check-in"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(answers);
      }}
    >
      <SignList signs={SIGNS} answers={answers} onRate={rate} />
      <div className="signs-safety">
        <h3>Your safety</h3>
        <p className="hint">
          A few more, about danger. They can be hard to read. &ldquo;Sometimes&rdquo; can mean it
          happened once, and once matters. Skip any you like.
        </p>
        <SignList signs={SAFETY_SIGNS} answers={answers} onRate={rate} />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Save check-in
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface ListProps {
  signs: readonly Sign[];
  answers: Record<string, SignRating>;
  onRate(id: string, rating: SignRating): void;
}

function SignList({ signs, answers, onRate }: ListProps) {
  return (
    <ol className="signs">
      {signs.map((sign) => (
        <li key={sign.id}>
          <fieldset role="radiogroup" aria-label={sign.statement}>
            <legend>{sign.statement}</legend>
            <div className="ratings">
              {RATINGS.map((rating) => (
                <label key={rating.value} className="rating">
                  <input
                    type="radio"
                    name={sign.id}
                    value={rating.value}
                    checked={answers[sign.id] === rating.value}
                    onChange={() => onRate(sign.id, rating.value)}
                  />
                  <span>{rating.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </li>
      ))}
    </ol>
  );
}
