/** The closed and lock screens' headings, which follow the disguise (kept out of the first bundle). */
import { pageName } from '../../lib/disguise';

/** The closed screen's heading: "Keel is closed", or only the disguise's title. */
export function closedHeading(): string {
  const name = pageName();
  return name === 'Keel' ? 'Keel is closed' : name;
}

/** The lock screen's heading: "Keel is locked", or only the disguise's title. */
export function lockedHeading(): string {
  const name = pageName();
  return name === 'Keel' ? 'Keel is locked' : name;
}
