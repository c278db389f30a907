/**
 * Moving to a part of the Patterns view from a link inside it: the part's heading is
 * scrolled to and focused. No #hash and no history entry (docs/design.md, rule 4).
 */
export function jumpToPart(headingId: string): void {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  // Guarded for test environments without layout.
  if (typeof heading.scrollIntoView === 'function') heading.scrollIntoView({ block: 'start' });
  heading.focus();
}
