/** Words for the Language choice (kept out of the first screen's code: see remembered.ts). */
import type { Locale } from './locales';

/** Each language's name for itself, for the Language choice. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
};

/** The Language choice's label, in the language shown: never translated through a catalogue. */
export const LANGUAGE_LABEL: Readonly<Record<Locale, string>> = {
  en: 'Language',
  es: 'Idioma',
};
