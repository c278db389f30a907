/**
 * The starting list of places to reach for help (United States), and the rules for
 * merging it with what the person has stored. Built-in ids are opaque and stable.
 */
import type { Resource } from '../../storage/reflectSafetyTypes';

export const US = 'United States';

type Starting = Omit<Resource, 'createdAt' | 'updatedAt' | 'builtin' | 'removed'>;

const STARTING: readonly Starting[] = [
  {
    id: 'r01',
    country: US,
    name: 'Emergency services',
    call: '911',
    text: '',
    textBody: '',
    note: 'If you are in danger right now.',
    order: 0,
  },
  {
    id: 'r02',
    country: US,
    name: 'National Domestic Violence Hotline',
    call: '1-800-799-7233',
    text: '88788',
    textBody: 'START',
    note: 'Any time, day or night. Free and confidential. Also 1-800-799-SAFE, and live chat on their website.',
    order: 1,
  },
  {
    id: 'r03',
    country: US,
    name: 'National Domestic Violence Hotline (TTY)',
    call: '1-800-787-3224',
    text: '',
    textBody: '',
    note: 'For Deaf and hard of hearing callers.',
    order: 2,
  },
  {
    id: 'r04',
    country: US,
    name: 'love is respect',
    call: '1-866-331-9474',
    text: '22522',
    textBody: 'LOVEIS',
    note: 'For young people, and anyone worried about a dating relationship.',
    order: 3,
  },
  {
    id: 'r05',
    country: US,
    name: 'RAINN National Sexual Assault Hotline',
    call: '1-800-656-4673',
    text: '',
    textBody: '',
    note: 'Any time, day or night. Also 1-800-656-HOPE, and online chat on their website.',
    order: 4,
  },
  {
    id: 'r06',
    country: US,
    name: 'National Human Trafficking Hotline',
    call: '1-888-373-7888',
    text: '',
    textBody: '',
    note: 'Help in about 200 languages.',
    order: 5,
  },
  // Call or text 988, any time (checked against
  // https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline).
  // Listed last here, shown second (order 0.5): just after emergency services, without renumbering the others.
  {
    id: 'r07',
    country: US,
    name: '988 Suicide & Crisis Lifeline',
    call: '988',
    text: '988',
    textBody: '',
    note: 'Any time, day or night, if you are thinking about suicide or feel you cannot go on. Free and confidential.',
    order: 0.5,
  },
];

export function startingResources(now: number): Resource[] {
  return STARTING.map((r) => ({
    ...r,
    createdAt: now,
    updatedAt: now,
    builtin: true,
    removed: false,
  }));
}

/**
 * Built-ins not stored, shown from code: a starter is written only when the person edits or
 * removes it, so opening Safety leaves no trace. `skip` holds ids whose stored row could not
 * be read: that row is kept, and its starter is not offered over it.
 */
export function missingStarters(
  stored: readonly Resource[],
  now: number,
  skip: readonly string[] = [],
): Resource[] {
  const have = new Set([...stored.map((r) => r.id), ...skip]);
  return startingResources(now).filter((r) => !have.has(r.id));
}

/**
 * What "Put back the United States list" stores: only the starting numbers that were
 * removed or are not stored at all, as Keel first offered them. A starting number the
 * person edited and kept, and every number of their own, is left exactly as it is.
 */
export function startersToPutBack(stored: readonly Resource[], now: number): Resource[] {
  const byId = new Map(stored.map((r) => [r.id, r]));
  return startingResources(now).flatMap((starter) => {
    const have = byId.get(starter.id);
    if (have && !have.removed) return [];
    return [{ ...starter, createdAt: have?.createdAt ?? now }];
  });
}

/** What to show: not removed, grouped by country (the United States first), in order. */
export function groupByCountry(resources: readonly Resource[]): [string, Resource[]][] {
  const groups = new Map<string, Resource[]>();
  for (const r of resources) {
    if (r.removed) continue;
    const country = r.country.trim() || 'Other';
    groups.set(country, [...(groups.get(country) ?? []), r]);
  }
  const sorted = [...groups.entries()].map(
    ([country, list]) => [country, list.sort((a, b) => a.order - b.order)] as [string, Resource[]],
  );
  return sorted.sort(([a], [b]) => (a === US ? -1 : b === US ? 1 : a.localeCompare(b)));
}

/** Digits (and a leading +) only: what a tel: or sms: link needs. */
export function dialable(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

export function telHref(number: string): string | null {
  const n = dialable(number);
  return n.replace('+', '').length >= 2 ? `tel:${n}` : null;
}

export function smsHref(number: string, body: string): string | null {
  const n = dialable(number);
  if (n.replace('+', '').length < 2) return null;
  return body.trim() ? `sms:${n}?body=${encodeURIComponent(body.trim())}` : `sms:${n}`;
}
