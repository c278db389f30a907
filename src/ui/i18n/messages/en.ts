/**
 * English, the catalogue every other language follows: a key here and missing there is a
 * type error (see Catalogue) and a failing test (tests/unit/i18n/catalogue.test.ts).
 * Two parts, each its own chunk: the first screens' words (first.en.ts) and the rest
 * (rest.en.ts). {name} is filled in; a { one, other } message is chosen by the number in
 * {count}. How a screen moves its words here: docs/design.md, "Languages".
 */
import type { Plural } from '../../../lib/i18n/format';
import firstEn from './first.en';
import restEn from './rest.en';

const en = { ...firstEn, ...restEn } as const;

export type MessageKey = keyof typeof en;
/** The words of the first screens: what `useT('first')` can say. */
export type FirstKey = keyof typeof firstEn;

/** Another language's words for a part of English: each a text or, where English counts, a plural. */
export type Part<English> = {
  readonly [K in keyof English]: English[K] extends string ? string : Plural;
};

/** A language's catalogue: every key of English. */
export type Catalogue = Part<typeof en>;
export type FirstCatalogue = Part<typeof firstEn>;
export type RestCatalogue = Part<typeof restEn>;

const catalogue: Catalogue = en;
export default catalogue;
