/**
 * The language to speak before anything else loads: the person's choice, kept in
 * localStorage as a bare language code ('en', 'es') so the lock screen speaks it before any
 * key, else the browser's. Tiny on purpose: the first screen carries it (start.ts).
 */
import { isLocale, type Locale, localeFromBrowser } from './locales';

const STORAGE_KEY = 'keel.lang';

function browserLanguages(): readonly string[] {
  const nav: Partial<Navigator> = typeof navigator === 'undefined' ? {} : navigator;
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}

/** The chosen language, or the browser's when none was chosen. */
export function rememberedLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be off: the browser's language still applies.
  }
  return localeFromBrowser(browserLanguages());
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be off: the language still changes while Keel is open.
  }
}

export function forgetRememberedLocale(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to forget.
  }
}

/** `<html lang>` follows the language, so screen readers and hyphenation follow too. */
export function applyLocale(locale: Locale = rememberedLocale()): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
