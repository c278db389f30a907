/**
 * The starting numbers for the country the person chose (see countries.ts), and the rules
 * for merging them with what the person has stored. Built-in ids are opaque and stable.
 */
import type { Resource } from '../../storage/reflectSafetyTypes';
import type { Locale } from '../../lib/i18n/locales';
import { countryHelp } from './countries';
import { countryName, knownCountry } from './region';

/** Keel's first list, and where Resources start when nothing else is known. */
export const US_CODE = 'US';
export const US = 'United States';

/** The starting numbers of one country, as Keel offers them, in its order. */
export function startingResources(
  now: number,
  country = US_CODE,
  locale: Locale = 'en',
): Resource[] {
  const help = countryHelp(country);
  if (!help) return [];
  return help.lines.map((line, order) => ({
    id: line.id,
    country: help.code,
    name: line.name,
    call: line.call,
    text: line.text,
    textBody: line.textBody,
    note: line.note[locale],
    order,
    createdAt: now,
    updatedAt: now,
    builtin: true,
    removed: false,
  }));
}

/**
 * The chosen country's starters that are not stored, shown from code: a starter is written
 * only when the person edits or removes it, so opening Safety leaves no trace. `skip` holds
 * ids whose stored row could not be read: that row is kept, and its starter is not offered
 * over it. Stored rows of any country (their edits, their own numbers) are the caller's to
 * show: changing the country never hides or drops them.
 */
export function missingStarters(
  stored: readonly Resource[],
  now: number,
  skip: readonly string[] = [],
  country = US_CODE,
  locale: Locale = 'en',
): Resource[] {
  const have = new Set([...stored.map((r) => r.id), ...skip]);
  return startingResources(now, country, locale).filter((r) => !have.has(r.id));
}

/**
 * What "Put back the … list" stores: only the chosen country's starting numbers that were
 * removed or are not stored at all, as Keel first offered them. A starting number the
 * person edited and kept, and every number of their own, is left exactly as it is.
 */
export function startersToPutBack(
  stored: readonly Resource[],
  now: number,
  country = US_CODE,
  locale: Locale = 'en',
): Resource[] {
  const byId = new Map(stored.map((r) => [r.id, r]));
  return startingResources(now, country, locale).flatMap((starter) => {
    const have = byId.get(starter.id);
    if (have && !have.removed) return [];
    return [{ ...starter, createdAt: have?.createdAt ?? now }];
  });
}

/** The group a number belongs to: a listed country's code, or the country as typed. */
export function countryKey(country: string): string {
  return knownCountry(country) ?? country.trim();
}

/** What a country group is called: a listed country by its name in the language shown. */
export function countryLabel(key: string, locale: Locale = 'en', other = 'Other'): string {
  if (key === '') return other;
  return knownCountry(key) === key ? countryName(key, locale) : key;
}

/**
 * What to show: not removed, grouped by country (the chosen one first, then by name), in
 * order. Each group is [its label, its numbers].
 */
export function groupByCountry(
  resources: readonly Resource[],
  first = US_CODE,
  locale: Locale = 'en',
  other = 'Other',
): [string, Resource[]][] {
  const groups = new Map<string, Resource[]>();
  for (const r of resources) {
    if (r.removed) continue;
    const key = countryKey(r.country);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const sorted = [...groups.entries()].map(
    ([key, list]) =>
      [key, countryLabel(key, locale, other), list.sort((a, b) => a.order - b.order)] as const,
  );
  sorted.sort(([a, la], [b, lb]) => {
    if (a === first || b === first) return a === first ? (b === first ? 0 : -1) : 1;
    if (a === '' || b === '') return a === '' ? 1 : -1;
    return la.localeCompare(lb, locale);
  });
  return sorted.map(([, label, list]) => [label, list]);
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
