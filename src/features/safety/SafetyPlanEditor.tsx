import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SafePerson, SafetyPlan } from '../../storage/reflectSafetyTypes';
import { type Translate, useT } from '../../ui/i18n/i18n';
import type { MessageKey } from '../../ui/i18n/messages/en';
import { loadPlan } from './actions';
import {
  AFTER_ITEMS,
  emptyPlan,
  newPerson,
  type PlanItem,
  toggle,
  TAKE_ITEMS,
  withChange,
} from './plan';
import { useConfirm } from '../../ui/ConfirmDialog';
import { useLoadOnce } from '../../ui/useLoadOnce';
import { PlanPrint } from './PlanPrint';
import { type SaveState, usePlanAutosave } from './usePlanAutosave';
import { Problem } from '../../ui/Problem';

const STATE_TEXT: Record<Exclude<SaveState, 'idle'>, MessageKey> = {
  pending: 'plan.state.pending',
  saving: 'plan.state.saving',
  saved: 'plan.state.saved',
  failed: 'plan.state.failed',
};

const loadPlanOrEmpty = async (): Promise<SafetyPlan> =>
  (await loadPlan()) ?? emptyPlan(Date.now());

/** The safety plan: every part optional, saved as it is typed, encrypted, printable. */
export function SafetyPlanEditor({ onOpened }: { onOpened?: () => void } = {}) {
  const { t } = useT();
  const [plan, setPlan] = useState<SafetyPlan | null>(null);
  const [loadProblem, setLoadProblem] = useState('');
  const [printing, setPrinting] = useState(false);
  const { state, problem, schedule, flush } = usePlanAutosave();
  const [confirmDialog, ask] = useConfirm();
  // The plan as last shown: typing can go on while a question is open, so it is read again.
  const latest = useRef<SafetyPlan | null>(null);
  useEffect(() => {
    latest.current = plan;
  }, [plan]);
  const opened = plan !== null || loadProblem !== '';
  useEffect(() => {
    if (opened) onOpened?.();
  }, [opened, onOpened]);

  useLoadOnce(loadPlanOrEmpty, setPlan, setLoadProblem, t('plan.openFailed'));

  useEffect(() => {
    // The printed copy is plain text, made only while printing (Save as PDF included).
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  if (loadProblem) {
    return (
      <p role="alert" className="problem">
        {loadProblem}
      </p>
    );
  }
  if (!plan) return <p>{t('plan.opening')}</p>;

  const change = (patch: Partial<SafetyPlan>) => {
    const next = withChange(plan, patch);
    setPlan(next);
    schedule(next);
  };
  const changePerson = (id: string, patch: Partial<SafePerson>) =>
    change({ people: plan.people.map((p) => (p.id === id ? { ...p, ...patch } : p)) });
  const removePerson = async (person: SafePerson) => {
    const name = person.name.trim() || t('plan.thisPerson');
    const question = t('plan.removePersonQuestion', { name });
    if (!(await ask(question, t('plan.remove'), t('plan.keepThem')))) return;
    const current = latest.current;
    if (!current) return;
    const next = withChange(current, { people: current.people.filter((p) => p.id !== person.id) });
    setPlan(next);
    schedule(next);
  };

  return (
    <>
      <form
        className="plan-form"
        aria-label={t('plan.form')}
        onSubmit={(event) => {
          event.preventDefault();
          void flush();
        }}
      >
        <p>{t('plan.intro')}</p>

        <fieldset>
          <legend>{t('plan.people')}</legend>
          <p className="hint">{t('plan.peopleHint')}</p>
          {plan.people.map((person, index) => (
            <fieldset key={person.id} className="person">
              <legend>{t('plan.person', { number: index + 1 })}</legend>
              <label className="field">
                <span>{t('plan.personName')}</span>
                <input
                  value={person.name}
                  onChange={(e) => changePerson(person.id, { name: e.target.value })}
                />
              </label>
              <label className="field">
                <span>{t('plan.personReach')}</span>
                <input
                  value={person.reach}
                  onChange={(e) => changePerson(person.id, { reach: e.target.value })}
                />
              </label>
              <label className="field">
                <span>{t('plan.personKnows')}</span>
                <textarea
                  rows={2}
                  value={person.knows}
                  onChange={(e) => changePerson(person.id, { knows: e.target.value })}
                />
              </label>
              <button type="button" onClick={() => void removePerson(person)}>
                {t('plan.removePerson', { number: index + 1 })}
              </button>
            </fieldset>
          ))}
          <button type="button" onClick={() => change({ people: [...plan.people, newPerson()] })}>
            {t('plan.addPerson')}
          </button>
        </fieldset>

        <TextArea
          label={t('plan.places')}
          rows={3}
          value={plan.places}
          hint={t('plan.placesHint')}
          onChange={(places) => change({ places })}
        />

        <Checklist
          legend={t('plan.take')}
          items={TAKE_ITEMS}
          t={t}
          ticked={plan.take}
          onChange={(take) => change({ take })}
        />
        <TextArea
          label={t('plan.takeNotes')}
          rows={2}
          value={plan.takeNotes}
          hint={t('plan.takeNotesHint')}
          onChange={(takeNotes) => change({ takeNotes })}
        />

        <fieldset>
          <legend>{t('plan.codeWordGroup')}</legend>
          <p className="hint">{t('plan.codeWordHint')}</p>
          <label className="field">
            <span>{t('plan.codeWord')}</span>
            <input value={plan.codeWord} onChange={(e) => change({ codeWord: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('plan.codeWordMeaning')}</span>
            <input
              value={plan.codeWordMeaning}
              onChange={(e) => change({ codeWordMeaning: e.target.value })}
            />
          </label>
        </fieldset>

        <TextArea
          label={t('plan.leaving')}
          rows={4}
          value={plan.leaving}
          hint={t('plan.leavingHint')}
          onChange={(leaving) => change({ leaving })}
        />

        <Checklist
          legend={t('plan.after')}
          items={AFTER_ITEMS}
          t={t}
          ticked={plan.after}
          onChange={(after) => change({ after })}
        />
        <label className="field">
          <span>{t('plan.afterNotes')}</span>
          <textarea
            rows={3}
            value={plan.afterNotes}
            onChange={(e) => change({ afterNotes: e.target.value })}
          />
        </label>

        <Problem>{problem}</Problem>
        <div className="actions">
          <button type="submit" className="primary">
            {t('plan.save')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t('plan.print')}
          </button>
          <span className="save-state" aria-live="polite">
            {state === 'idle' ? '' : t(STATE_TEXT[state])}
          </span>
        </div>
        <p className="hint">{t('plan.printHint')}</p>
      </form>
      {confirmDialog}
      {printing && <PlanPrint plan={plan} />}
    </>
  );
}

interface ChecklistProps {
  legend: string;
  items: readonly PlanItem[];
  ticked: readonly string[];
  onChange(ticked: string[]): void;
  t: Translate;
}

function Checklist({ legend, items, ticked, onChange, t }: ChecklistProps) {
  return (
    <fieldset className="checklist">
      <legend>{legend}</legend>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <label className="check-item">
              <input
                type="checkbox"
                checked={ticked.includes(item.id)}
                onChange={(e) => onChange(toggle(ticked, item.id, e.target.checked))}
              />
              <span>
                {t(`plan.item.${item.id}`)}{' '}
                <small className="hint">({t(`plan.item.${item.id}.hint`)})</small>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

interface TextAreaProps {
  label: string;
  rows: number;
  value: string;
  hint: string;
  onChange(value: string): void;
}

/** A labelled text area with a hint read as its description, not as part of its name. */
function TextArea({ label, rows, value, hint, onChange }: TextAreaProps) {
  const hintId = useId();
  return (
    <div className="field">
      <label>
        <span>{label}</span>
        <textarea
          rows={rows}
          value={value}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      <small id={hintId} className="hint">
        {hint}
      </small>
    </div>
  );
}
