import { useCallback, useEffect, useRef } from 'react';
import { openStayingSafe } from '../../state/stayingSafeFrom';
import { jumpTo, partHeading, type SafetyPart, takeRequestedPart } from './jump';
import { ResourceList } from './ResourceList';
import { SafetyPlanEditor } from './SafetyPlanEditor';
import './safety.css';

/** Safety: a plan for staying safe, and people to reach. */
export default function SafetyView() {
  // A part another view asked for (the self-check's "People you can talk to").
  const arriving = useRef<SafetyPart | null>(null);
  useEffect(() => {
    const part = takeRequestedPart();
    if (!part) return;
    arriving.current = part;
    jumpTo(part);
  }, []);
  // The plan opens a moment later and grows above Resources: settle on the part again,
  // unless the person has already moved on from its heading.
  const planOpened = useCallback(() => {
    const part = arriving.current;
    arriving.current = null;
    if (part && document.activeElement === partHeading(part)) jumpTo(part);
  }, []);

  return (
    <div className="safety">
      <h1>Safety</h1>
      <p>
        You know your situation best. These are here for whenever they are useful: a plan you can
        shape at your own pace, and people you can reach.
      </p>
      <div className="actions">
        <button type="button" onClick={() => jumpTo('safety-plan')}>
          Go to my safety plan
        </button>
        <button type="button" onClick={() => jumpTo('resources')}>
          Go to numbers for help
        </button>
        <button type="button" onClick={() => openStayingSafe('safety')}>
          Staying safe on this device
        </button>
      </div>
      <section className="safety-plan" aria-labelledby="safety-plan-heading">
        <h2 id="safety-plan-heading" tabIndex={-1}>
          Safety plan
        </h2>
        <SafetyPlanEditor onOpened={planOpened} />
      </section>
      <ResourceList />
    </div>
  );
}
