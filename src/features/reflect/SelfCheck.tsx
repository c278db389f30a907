import { useState } from 'react';
import { useKeel } from '../../state/store';
import type { SelfCheck as Check, SignRating } from '../../storage/reflectSafetyTypes';
import { formatDate } from '../../lib/i18n/format';
import type { Locale } from '../../lib/i18n/locales';
import { useT } from '../../ui/i18n/i18n';
import { PART, withPart } from '../../ui/withPart';
import { saveFailedMessage } from '../../ui/messages';
import { openSafetyAt } from '../../state/safetyJump';
import { useLoadOnce } from '../../ui/useLoadOnce';
import { loadChecks, saveCheck } from './actions';
import { CheckChanges } from './CheckChanges';
import { CheckReflection } from './CheckReflection';
import { RATINGS, SAFETY_SIGNS, type Sign, SIGNS } from './signs';
import { Problem } from '../../ui/Problem';

type Mode = { kind: 'view' } | { kind: 'new' } | { kind: 'edit'; check: Check };

const DAY: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
};

function formatDay(time: number, locale: Locale): string {
  return formatDate(time, locale, DAY);
}

/** The self-check: rate the signs, save a dated check-in, see gently what changed. */
export function SelfCheck() {
  const { t, locale } = useT();
  const [checks, setChecks] = useState<Check[] | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [problem, setProblem] = useState('');
  // The check-in just saved: its reflection ends the check-in, until the next one starts.
  const [reflected, setReflected] = useState<Check | null>(null);

  useLoadOnce(loadChecks, setChecks, setProblem, t('check.openFailed'));

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
      useKeel.getState().setStatus(t('check.saved'));
    } catch (error) {
      setProblem(saveFailedMessage(error, t));
    }
  };

  return (
    <section className="self-check" aria-labelledby="self-check-heading">
      <h2 id="self-check-heading">{t('check.heading')}</h2>
      <p>{t('check.intro')}</p>
      <p className="note">
        {t('check.note')}{' '}
        <button type="button" className="link" onClick={() => openSafetyAt('resources')}>
          {t('check.people')}
        </button>
      </p>
      <Problem>{problem}</Problem>

      {mode.kind === 'view' ? (
        <>
          {reflected && <CheckReflection key={reflected.updatedAt} answers={reflected.answers} />}
          {latest && (
            <div className="check-summary">
              <p>
                {withPart(
                  t('check.last', { date: PART }),
                  <strong>{formatDay(latest.createdAt, locale)}</strong>,
                )}
              </p>
              {previous && (
                <CheckChanges
                  title={t('check.sinceBefore', { date: formatDay(previous.createdAt, locale) })}
                  earlier={previous}
                  later={latest}
                />
              )}
              {first && (
                <CheckChanges
                  title={t('check.sinceFirst', { date: formatDay(first.createdAt, locale) })}
                  earlier={first}
                  later={latest}
                />
              )}
              {!previous && <p className="hint">{t('check.again.hint')}</p>}
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
              {latest ? t('check.again') : t('check.start')}
            </button>
            {latest && (
              <button
                type="button"
                onClick={() => {
                  setReflected(null);
                  setMode({ kind: 'edit', check: latest });
                }}
              >
                {t('check.change')}
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
  const { t } = useT();
  const [answers, setAnswers] = useState<Record<string, SignRating>>(initial);
  const rate = (id: string, rating: SignRating) => setAnswers({ ...answers, [id]: rating });
  return (
    <form
      aria-label={t('check.form')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(answers);
      }}
    >
      <SignList signs={SIGNS} answers={answers} onRate={rate} />
      <div className="signs-safety">
        <h3>{t('check.safety')}</h3>
        <p className="hint">{t('check.safetyHint')}</p>
        <SignList signs={SAFETY_SIGNS} answers={answers} onRate={rate} />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('check.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('check.cancel')}
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
  const { t } = useT();
  return (
    <ol className="signs">
      {signs.map((sign) => (
        <li key={sign.id}>
          <fieldset role="radiogroup" aria-label={t(sign.statement)}>
            <legend>{t(sign.statement)}</legend>
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
                  <span>{t(rating.label)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </li>
      ))}
    </ol>
  );
}
