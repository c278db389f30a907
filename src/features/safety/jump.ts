/**
 * Moving to a part of the Safety view without a #hash or a history entry: the heading is
 * scrolled to and focused. Another view can ask for a part before it opens Safety.
 */
import { useKeel } from '../../state/store';

export type SafetyPart = 'safety-plan' | 'resources';

const HEADINGS: Record<SafetyPart, string> = {
  'safety-plan': 'safety-plan-heading',
  resources: 'resources-heading',
};

let requested: SafetyPart | null = null;

export function partHeading(part: SafetyPart): HTMLElement | null {
  return document.getElementById(HEADINGS[part]);
}

/** Scrolls to the part's heading and gives it the focus. */
export function jumpTo(part: SafetyPart): void {
  const heading = partHeading(part);
  if (!heading) return;
  // Guarded for test environments without layout.
  if (typeof heading.scrollIntoView === 'function') heading.scrollIntoView({ block: 'start' });
  heading.focus();
}

/** Opens Safety at one part (the view replaces the current one: nothing is pushed). */
export function openSafetyAt(part: SafetyPart): void {
  requested = part;
  useKeel.getState().go('safety');
}

/** The part asked for when Safety was opened, once. */
export function takeRequestedPart(): SafetyPart | null {
  const part = requested;
  requested = null;
  return part;
}
