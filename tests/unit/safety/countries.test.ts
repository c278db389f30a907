import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/i18n/locales';
import { CHECKED, COUNTRIES } from '../../../src/features/safety/countries';
import {
  countryName,
  knownCountry,
  regionFromLanguages,
  startingCountry,
} from '../../../src/features/safety/region';
import { smsHref, telHref } from '../../../src/features/safety/resources';

const lines = COUNTRIES.flatMap((c) => c.lines.map((line) => ({ country: c.code, line })));

describe('the numbers for each country', () => {
  it('cover at least the eight countries the issue names', () => {
    expect(COUNTRIES.map((c) => c.code)).toEqual(
      expect.arrayContaining(['US', 'MX', 'ES', 'GB', 'IE', 'CA', 'AU', 'NZ']),
    );
  });

  it('each come with the public page they were checked against, and the day', () => {
    for (const { line } of lines) {
      expect(line.sources.length, line.name).toBeGreaterThan(0);
      for (const source of line.sources) {
        expect(new URL(source.url).protocol, line.name).toMatch(/^https?:$/);
        expect(source.checked, line.name).toBe('2026-12-07');
      }
    }
    expect(CHECKED).toBe('2026-12-07');
  });

  it('are dialable: every number to call or text makes a tel: or sms: link of digits', () => {
    for (const { line } of lines) {
      expect(telHref(line.call), line.name).toMatch(/^tel:\+?\d{3,}$/);
      if (line.text) expect(smsHref(line.text, line.textBody), line.name).toMatch(/^sms:\+?\d{3,}/);
      else expect(line.textBody, line.name).toBe('');
    }
  });

  it('start each country with its emergency number', () => {
    for (const country of COUNTRIES) {
      expect(country.lines[0]!.call, country.code).toMatch(/^(911|112|999|000|111)$/);
    }
  });

  it('keep opaque ids, never shared, with the first United States list as r01 to r07', () => {
    const ids = lines.map(({ line }) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^r\d\d$/.test(id))).toBe(true);
    const us = COUNTRIES.find((c) => c.code === 'US')!.lines.map((l) => l.id);
    expect([...us].sort()).toEqual(['r01', 'r02', 'r03', 'r04', 'r05', 'r06', 'r07']);
  });

  it('say what they are, and when they answer, in every language Keel speaks', () => {
    for (const { line } of lines) {
      for (const locale of LOCALES) {
        expect(line.note[locale].trim(), `${line.name} (${locale})`).not.toBe('');
        if (line.hours) expect(line.hours[locale].trim()).not.toBe('');
      }
    }
    for (const country of COUNTRIES) {
      for (const locale of LOCALES) if (country.note) expect(country.note[locale]).not.toBe('');
    }
  });
});

describe('where Resources start', () => {
  it('is the country of the first browser language that names one Keel has a list for', () => {
    expect(regionFromLanguages(['es-MX', 'en-US'])).toBe('MX');
    expect(regionFromLanguages(['es', 'en-GB'])).toBe('GB');
    expect(startingCountry(['en-NZ'])).toBe('NZ');
    expect(startingCountry(['es-ES'])).toBe('ES');
  });

  it('is somewhere else when the browser names no country, or one without a list', () => {
    expect(startingCountry(['es'])).toBe('other');
    expect(startingCountry(['fr-FR'])).toBe('other');
    expect(startingCountry([])).toBe('other');
    expect(startingCountry(['not a tag'])).toBe('other');
  });
});

describe('country names', () => {
  it('are given in the language shown', () => {
    expect(countryName('MX', 'en')).toBe('Mexico');
    expect(countryName('MX', 'es')).toBe('México');
    expect(countryName('GB', 'es')).toBe('Reino Unido');
  });

  it('are recognised as typed, in either language, so own numbers group with the list', () => {
    expect(knownCountry('México')).toBe('MX');
    expect(knownCountry(' mexico ')).toBe('MX');
    expect(knownCountry('Estados Unidos')).toBe('US');
    expect(knownCountry('United States')).toBe('US');
    expect(knownCountry('UK')).toBe('GB');
    expect(knownCountry('Ireland')).toBe('IE');
    expect(knownCountry('Narnia')).toBeNull();
    expect(knownCountry('')).toBeNull();
  });
});
