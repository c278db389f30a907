/** The browser's own regional form of a language Keel speaks, for dates and times. */
import type { Locale } from './locales';

/**
 * The first of the browser's languages in `locale` ("en-GB", "es-MX"), so dates keep the
 * order and clock the person is used to; the bare language when the browser has none.
 */
export function regionalLocale(
  locale: Locale,
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): string {
  for (const tag of languages) {
    if (tag.toLowerCase().split('-')[0] === locale) {
      try {
        return Intl.DateTimeFormat.supportedLocalesOf(tag)[0] ?? locale;
      } catch {
        return locale; // not a well-formed tag
      }
    }
  }
  return locale;
}
