/**
 * Turning a catalogue message into text: {name} placeholders, plurals chosen by
 * Intl.PluralRules, numbers and dates through Intl. Pure functions, no React.
 */
import type { Locale } from './locales';

/** A message that depends on a count: one form per plural category the language uses. */
export interface Plural {
  readonly zero?: string;
  readonly one: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | Plural;
export type Params = Readonly<Record<string, string | number>>;

const plurals = new Map<Locale, Intl.PluralRules>();
const numbers = new Map<Locale, Intl.NumberFormat>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

export function formatNumber(value: number, locale: Locale): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

export function formatDate(
  value: number | Date,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return new Intl.DateTimeFormat(locale, options).format(value);
}

/** A list of words joined as the language joins them ("a, b and c" / "a, b y c"). */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** The form of a plural message for `count` (the `other` form when the category is missing). */
export function pluralForm(message: Plural, count: number, locale: Locale): string {
  const category = pluralRules(locale).select(count) as keyof Plural;
  return message[category] ?? message.other;
}

/**
 * The message as text. A plural message takes its form from `params.count`; numbers in
 * params are written as the language writes them. An unknown {name} is left as it is.
 */
export function formatMessage(message: Message, locale: Locale, params: Params = {}): string {
  const template =
    typeof message === 'string' ? message : pluralForm(message, Number(params.count ?? 0), locale);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** The {names} a template uses, for the catalogue test. */
export function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
  return [...new Set(names)].sort();
}
