/**
 * Countries by code: which one the browser's language settings name, what a country is
 * called in each language, and which code a typed country name means. Pure functions.
 */
import type { Locale } from '../../lib/i18n/locales';
import { COUNTRIES } from './countries';

/** The choice for a country Keel has no list for. */
export const ELSEWHERE = 'other';

/** The region of the first browser language that names one ("es-MX" → "MX"), or null. */
export function regionFromLanguages(languages: readonly string[]): string | null {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).region;
      if (region) return region.toUpperCase();
    } catch {
      // Not a language tag: try the next one.
    }
  }
  return null;
}

/** Where Resources start: the browser's country when Keel has a list for it, else elsewhere. */
export function startingCountry(languages: readonly string[]): string {
  const region = regionFromLanguages(languages);
  return COUNTRIES.some((c) => c.code === region) ? (region as string) : ELSEWHERE;
}

const names = new Map<string, Intl.DisplayNames>();

/** A country's name in a language ("MX" → "Mexico" / "México"); the code if unknown. */
export function countryName(code: string, locale: Locale): string {
  let display = names.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    names.set(locale, display);
  }
  try {
    return display.of(code) ?? code;
  } catch {
    return code;
  }
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

/** Other names people type for a country Keel lists. */
const ALSO: Readonly<Record<string, readonly string[]>> = {
  US: ['usa', 'u.s.', 'u.s.a.', 'america', 'eeuu', 'ee. uu.', 'ee.uu.'],
  GB: ['uk', 'u.k.', 'britain', 'great britain', 'england', 'scotland', 'wales'],
};

/**
 * The code of a country Keel lists when the text names it (its code, its name in a
 * language Keel speaks, or a common other name), else null.
 */
export function knownCountry(text: string): string | null {
  const typed = fold(text);
  if (!typed) return null;
  for (const { code } of COUNTRIES) {
    const known = [code, countryName(code, 'en'), countryName(code, 'es'), ...(ALSO[code] ?? [])];
    if (known.some((name) => fold(name) === typed)) return code;
  }
  return null;
}
