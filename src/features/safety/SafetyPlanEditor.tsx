import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SafePerson, SafetyPlan } from '../../storage/reflectSafetyTypes';
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

const STATE_TEXT: Record<SaveState, string> = {
  idle: '',
  pending: 'Saving soon…',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved yet',
};

const loadPlanOrEmpty = async (): Promise<SafetyPlan> =>
  (await loadPlan()) ?? emptyPlan(Date.now());

/** The safety plan: every part optional, saved as it is typed, encrypted, printable. */
export function SafetyPlanEditor({ onOpened }: { onOpened?: () => void } = {}) {
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

  useLoadOnce(
    loadPlanOrEmpty,
    setPlan,
    setLoadProblem,
    'Your safety plan could not be opened just now. Nothing has been changed.',
  );

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
  if (!plan) return <p>Opening your plan…</p>;

  const change = (patch: Partial<SafetyPlan>) => {
    const next = withChange(plan, patch);
    setPlan(next);
    schedule(next);
  };
  const changePerson = (id: string, patch: Partial<SafePerson>) =>
    change({ people: plan.people.map((p) => (p.id === id ? { ...p, ...patch } : p)) });
  const removePerson = async (person: SafePerson) => {
    const label = person.name.trim() || 'this person';
    if (!(await ask(`Remove ${label} from your plan?`, 'Remove', 'Keep them'))) return;
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
        aria-label="Safety plan editor"
        onSubmit={(event) => {
          event.preventDefault();
          void flush();
        }}
      >
        <p>
          A plan made in a calmer moment can help in a hard one. Fill in only what is useful to you,
          in any order, and change it whenever you like. It is kept encrypted on this device and
          saved as you type.
        </p>

        <fieldset>
          <legend>People I can reach</legend>
          <p className="hint">Someone who believes you, and who you could call, text or go to.</p>
          {plan.people.map((person, index) => (
            <fieldset key={person.id} className="person">
              <legend>Person {index + 1}</legend>
              <label className="field">
                <span>Name</span>
                <input
                  value={person.name}
                  onChange={(e) => changePerson(person.id, { name: e.target.value })}
                />
              </label>
              <label className="field">
                <span>How to reach them</span>
                <input
                  value={person.reach}
                  onChange={(e) => changePerson(person.id, { reach: e.target.value })}
                />
              </label>
              <label className="field">
                <span>What they know</span>
                <textarea
                  rows={2}
                  value={person.knows}
                  onChange={(e) => changePerson(person.id, { knows: e.target.value })}
                />
              </label>
              <button type="button" onClick={() => void removePerson(person)}>
                Remove person {index + 1}
              </button>
            </fieldset>
          ))}
          <button type="button" onClick={() => change({ people: [...plan.people, newPerson()] })}>
            Add a person
          </button>
        </fieldset>

        <TextArea
          label="Safe places I can go"
          rows={3}
          value={plan.places}
          hint="A friend’s home, a shelter, somewhere open late; and how you would get there."
          onChange={(places) => change({ places })}
        />

        <Checklist
          legend="What to take"
          items={TAKE_ITEMS}
          ticked={plan.take}
          onChange={(take) => change({ take })}
        />
        <TextArea
          label="Notes on what to take"
          rows={2}
          value={plan.takeNotes}
          hint="Where things are kept, or copies left with someone you trust."
          onChange={(takeNotes) => change({ takeNotes })}
        />

        <fieldset>
          <legend>A code word</legend>
          <p className="hint">
            A word or phrase you can say or text to someone you trust, that means you need help.
          </p>
          <label className="field">
            <span>Code word</span>
            <input value={plan.codeWord} onChange={(e) => change({ codeWord: e.target.value })} />
          </label>
          <label className="field">
            <span>What it means, and who knows it</span>
            <input
              value={plan.codeWordMeaning}
              onChange={(e) => change({ codeWordMeaning: e.target.value })}
            />
          </label>
        </fieldset>

        <TextArea
          label="Steps for leaving"
          rows={4}
          value={plan.leaving}
          hint="When, how, who could help, and what you would do if you had to leave in a hurry."
          onChange={(leaving) => change({ leaving })}
        />

        <Checklist
          legend="Staying safe afterwards"
          items={AFTER_ITEMS}
          ticked={plan.after}
          onChange={(after) => change({ after })}
        />
        <label className="field">
          <span>Other steps for afterwards</span>
          <textarea
            rows={3}
            value={plan.afterNotes}
            onChange={(e) => change({ afterNotes: e.target.value })}
          />
        </label>

        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={() => window.print()}>
            Print plan
          </button>
          <span className="save-state" aria-live="polite">
            {STATE_TEXT[state]}
          </span>
        </div>
        <p className="hint">
          A printed plan is only as private as the place it is kept. Save as PDF in the print window
          if you would rather keep a copy somewhere else.
        </p>
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
}

function Checklist({ legend, items, ticked, onChange }: ChecklistProps) {
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
                {item.label} <small className="hint">({item.hint})</small>
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
