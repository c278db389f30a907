/**
 * No contact: the days since the last contact. See analysis.ts for the rules every analysis
 * keeps.
 */
import { BUILTIN_TAG_IDS } from '../../storage/defaultTags';
import { dayNumber } from '../../lib/dayKey';
import { type Source, summariseDays } from './days';

export interface ContactInfo {
  /** The last day contact was noted, or null. */
  lastContact: number | null;
  /** Whole days from the last noted contact to today, or null. */
  daysSinceContact: number | null;
  /** Days with "no contact held" noted since the last contact (all of them when none). */
  noContactDaysSince: number;
}

/** Contact and no-contact, as information; null when neither was ever noted. */
export function contactInfo(source: Source, today: number): ContactInfo | null {
  const days = summariseDays(source, today);
  let lastContact: number | null = null;
  const noContact: number[] = [];
  for (const summary of days.values()) {
    if (summary.events.includes(BUILTIN_TAG_IDS.contact)) {
      if (lastContact === null || summary.day > lastContact) lastContact = summary.day;
    }
    if (summary.events.includes(BUILTIN_TAG_IDS.noContact)) noContact.push(summary.day);
  }
  if (lastContact === null && noContact.length === 0) return null;
  return {
    lastContact,
    daysSinceContact: lastContact === null ? null : dayNumber(today) - lastContact,
    noContactDaysSince: noContact.filter((d) => lastContact === null || d > lastContact).length,
  };
}
