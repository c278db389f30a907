import { useKeel } from '../app/store';
import { ResourceList } from './ResourceList';
import { SafetyPlanEditor } from './SafetyPlanEditor';
import './safety.css';

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
        <button type="button" onClick={() => useKeel.getState().go('staying-safe')}>
          Staying safe on this device
        </button>
      </div>
      <section className="safety-plan" aria-labelledby="safety-plan-heading">
        <h2 id="safety-plan-heading">Safety plan</h2>
        <SafetyPlanEditor />
      </section>
      <ResourceList />
    </div>
  );
}
