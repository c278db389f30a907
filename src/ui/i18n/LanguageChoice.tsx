import { useId } from 'react';
import { chooseLocale, useLocale } from './i18n';
import { isLocale, LOCALES } from '../../lib/i18n/locales';
import { LANGUAGE_LABEL, LOCALE_NAMES } from '../../lib/i18n/names';

/**
 * The Language choice: labelled in the language shown, each language named in its own
 * words, so someone who cannot read the current one can still find theirs.
 */
export function LanguageChoice() {
  const locale = useLocale();
  const id = useId();
  return (
    <section className="language-choice" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{LANGUAGE_LABEL[locale]}</h2>
      <div className="field">
        <label htmlFor={id}>
          <span>{LANGUAGE_LABEL[locale]}</span>
        </label>
        <select
          id={id}
          value={locale}
          onChange={(event) => {
            if (isLocale(event.target.value)) void chooseLocale(event.target.value);
          }}
        >
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
