import { useCallback, useEffect, useRef } from 'react';
import { openStayingSafe } from '../../state/stayingSafeFrom';
import { loadMessages, useT } from '../../ui/i18n/i18n';
import { jumpTo, partHeading, type SafetyPart, takeRequestedPart } from '../../state/safetyJump';
import { ResourceList } from './ResourceList';
import { SafetyPlanEditor } from './SafetyPlanEditor';
import './safety.css';

// Fetched with the view's own code (see app/lazyView), so the first open does not wait for it.
void loadMessages().catch(() => undefined);

/** Safety: a plan for staying safe, and people to reach. */
export default function SafetyView() {
  const { t } = useT();
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
      <h1>{t('safety.title')}</h1>
      <p>{t('safety.intro')}</p>
      <div className="actions">
        <button type="button" onClick={() => jumpTo('safety-plan')}>
          {t('safety.toPlan')}
        </button>
        <button type="button" onClick={() => jumpTo('resources')}>
          {t('safety.toResources')}
        </button>
        <button type="button" onClick={() => openStayingSafe('safety')}>
          {t('safety.stayingSafe')}
        </button>
      </div>
      <section className="safety-plan" aria-labelledby="safety-plan-heading">
        <h2 id="safety-plan-heading" tabIndex={-1}>
          {t('safety.planHeading')}
        </h2>
        <SafetyPlanEditor onOpened={planOpened} />
      </section>
      <ResourceList />
    </div>
  );
}
