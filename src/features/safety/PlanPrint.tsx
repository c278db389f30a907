import type { SafetyPlan } from '../../storage/reflectSafetyTypes';
import { AFTER_ITEMS, type PlanItem, TAKE_ITEMS } from './plan';

function ticked(items: readonly PlanItem[], ids: readonly string[]): string[] {
  return items.filter((item) => ids.includes(item.id)).map((item) => item.label);
}

function Part({ title, text }: { title: string; text: string }) {
  if (text.trim() === '') return null;
  return (
    <>
      <h3>{title}</h3>
      <p className="print-text">{text}</p>
    </>
  );
}

/** The plan as plain text for paper: made only while the print window is open. */
export function PlanPrint({ plan }: { plan: SafetyPlan }) {
  const take = ticked(TAKE_ITEMS, plan.take);
  const after = ticked(AFTER_ITEMS, plan.after);
  return (
    <div className="plan-print">
      <h2>My plan</h2>
      {plan.people.length > 0 && (
        <>
          <h3>People I can reach</h3>
          <ul>
            {plan.people.map((p) => (
              <li key={p.id}>
                {[p.name, p.reach, p.knows].filter((part) => part.trim() !== '').join(' · ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <Part title="Safe places" text={plan.places} />
      {take.length > 0 && <Part title="To take" text={take.join(', ')} />}
      <Part title="Notes on what to take" text={plan.takeNotes} />
      <Part
        title="Code word"
        text={[plan.codeWord, plan.codeWordMeaning].filter(Boolean).join(': ')}
      />
      <Part title="Steps for leaving" text={plan.leaving} />
      {after.length > 0 && <Part title="Afterwards" text={after.join(', ')} />}
      <Part title="Other steps for afterwards" text={plan.afterNotes} />
    </div>
  );
}
