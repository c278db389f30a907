import { describe, expect, it } from 'vitest';
import { formatMessage, placeholders, type Message } from '../../../src/lib/i18n/format';
import { LOCALES, type Locale } from '../../../src/lib/i18n/locales';
import en from '../../../src/ui/i18n/messages/en';
import es from '../../../src/ui/i18n/messages/es';
import firstEn from '../../../src/ui/i18n/messages/first.en';
import firstEs from '../../../src/ui/i18n/messages/first.es';
import restEn from '../../../src/ui/i18n/messages/rest.en';
import restEs from '../../../src/ui/i18n/messages/rest.es';

const catalogues: Record<Locale, Record<string, Message>> = { en, es };

/** The plural categories a language uses for whole numbers people will see (0 to 10,000). */
function categoriesFor(locale: Locale): Set<string> {
  const rules = new Intl.PluralRules(locale);
  const seen = new Set<string>();
  for (let n = 0; n <= 10_000; n += 1) seen.add(rules.select(n));
  return seen;
}

describe('every language’s catalogue', () => {
  it('has every message English has, and no other', () => {
    const keys = Object.keys(en).sort();
    for (const locale of LOCALES) {
      const theirs = Object.keys(catalogues[locale]).sort();
      expect(
        keys.filter((key) => !theirs.includes(key)),
        `missing in ${locale}`,
      ).toEqual([]);
      expect(
        theirs.filter((key) => !keys.includes(key)),
        `unknown in ${locale}`,
      ).toEqual([]);
    }
  });

  it('is the first screens’ part and the rest, with no message in both', () => {
    const parts: Record<Locale, [object, object]> = {
      en: [firstEn, restEn],
      es: [firstEs, restEs],
    };
    for (const locale of LOCALES) {
      const [first, rest] = parts[locale].map((part) => Object.keys(part));
      expect(
        first!.filter((key) => rest!.includes(key)),
        locale,
      ).toEqual([]);
      expect([...first!, ...rest!].sort(), locale).toEqual(Object.keys(catalogues[locale]).sort());
      expect(first!.sort(), locale).toEqual(Object.keys(firstEn).sort());
    }
  });

  it('never leaves a message empty', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(catalogues[locale])) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect(text.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('uses the same {placeholders} as English in each message', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(en)) {
        const theirs = catalogues[locale][key];
        if (theirs === undefined) continue; // reported by the first test
        expect(placeholders(theirs), `${locale} ${key}`).toEqual(placeholders(message));
      }
    }
  });

  it('gives a counted message every plural form its language uses', () => {
    for (const locale of LOCALES) {
      const needed = categoriesFor(locale);
      for (const [key, message] of Object.entries(catalogues[locale])) {
        const english = en[key as keyof typeof en];
        expect(typeof message, `${locale} ${key}`).toBe(typeof english);
        if (typeof message === 'string') continue;
        for (const category of needed) {
          expect(message, `${locale} ${key}: ${category}`).toHaveProperty(category);
        }
      }
    }
  });
});

describe('messages', () => {
  it('choose their plural form through Intl.PluralRules', () => {
    const damaged = en['resources.damaged'];
    expect(formatMessage(damaged, 'en', { count: 1 })).toMatch(/^One of your saved numbers/);
    expect(formatMessage(damaged, 'en', { count: 3 })).toMatch(/^3 of your saved numbers/);
    expect(formatMessage(es['resources.characters'], 'es', { count: 1 })).toBe('1 carácter');
    expect(formatMessage(es['resources.characters'], 'es', { count: 0 })).toBe('0 caracteres');
  });

  it('write numbers as each language writes them', () => {
    expect(formatMessage(en['resources.characters'], 'en', { count: 12_000 })).toBe(
      '12,000 characters',
    );
    expect(formatMessage(es['resources.characters'], 'es', { count: 12_000 })).toBe(
      '12.000 caracteres',
    );
  });

  it('fill in names, and leave an unknown one as it is', () => {
    expect(formatMessage('Call {number}', 'en', { number: '016' })).toBe('Call 016');
    expect(formatMessage('Call {number}', 'en')).toBe('Call {number}');
  });
});
