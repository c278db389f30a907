/** The closed and lock screens' headings, which follow the disguise (kept out of the first bundle). */
import { pageName } from '../../lib/disguise';
import type { Translate } from '../../ui/i18n/i18n';
import type { FirstKey } from '../../ui/i18n/messages/en';

/** The closed screen's heading: "Keel is closed", or only the disguise's title. */
export function closedHeading(t: Translate<FirstKey>): string {
  const name = pageName();
  return name === 'Keel' ? t('lock.closed') : name;
}

/** The lock screen's heading: "Keel is locked", or only the disguise's title. */
export function lockedHeading(t: Translate<FirstKey>): string {
  const name = pageName();
  return name === 'Keel' ? t('lock.locked') : name;
}
