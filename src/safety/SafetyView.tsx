import { useKeel } from '../app/store';
import { ResourceList } from './ResourceList';
import { SafetyPlanEditor } from './SafetyPlanEditor';
import './safety.css';

/** Moves to a part of the page without a #hash, so the tab history never changes. */
function jumpTo(headingId: string): void {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  // Guarded for test environments without layout.
  if (typeof heading.scrollIntoView === 'function') heading.scrollIntoView({ block: 'start' });
  heading.focus();
}

/** Safety: a plan for staying safe, and people to reach. */
export default function SafetyView() {
  return (
    <div className="safety">
      <h1>Safety</h1>
      <p>
        You know your situation best. These are here for whenever they are useful: a plan you can
        shape at your own pace, and people you can reach.
      </p>
      <div className="actions">
        <button type="button" onClick={() => jumpTo('safety-plan-heading')}>
          Go to my safety plan
        </button>
        <button type="button" onClick={() => jumpTo('resources-heading')}>
          Go to numbers for help
        </button>
        <button type="button" onClick={() => useKeel.getState().go('staying-safe')}>
          Staying safe on this device
        </button>
      </div>
      <section className="safety-plan" aria-labelledby="safety-plan-heading">
        <h2 id="safety-plan-heading" tabIndex={-1}>
          Safety plan
        </h2>
        <SafetyPlanEditor />
      </section>
      <ResourceList />
    </div>
  );
}
