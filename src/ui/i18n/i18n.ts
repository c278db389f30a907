/**
 * The language Keel speaks (see remembered.ts for where it comes from) and its messages.
 * Each language's catalogue is its own chunk, fetched only when that language is used.
 */
import { use, useSyncExternalStore } from 'react';
import { formatMessage, type Params } from '../../lib/i18n/format';
import type { Locale } from '../../lib/i18n/locales';
import {
  applyLocale,
  forgetRememberedLocale,
  rememberedLocale,
  rememberLocale,
} from '../../lib/i18n/remembered';
import type { Catalogue, MessageKey } from './messages/en';

const loaders: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  en: () => import('./messages/en'),
  es: () => import('./messages/es'),
};

const loading = new Map<Locale, Promise<Catalogue>>();
const listeners = new Set<() => void>();
/** The language chosen in this page; until then the remembered or browser's one applies. */
let current: Locale | null = null;

export function currentLocale(): Locale {
  return current ?? rememberedLocale();
}

/** A promise React's use() reads at once when it is marked fulfilled (as React marks its own). */
type Tracked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

/** Fetches a language's catalogue once; later calls share it. */
export function loadMessages(locale: Locale = currentLocale()): Promise<Catalogue> {
  let pending = loading.get(locale);
  if (!pending) {
    const tracked: Tracked<Catalogue> = loaders[locale]().then((module) => {
      tracked.status = 'fulfilled';
      tracked.value = module.default;
      return module.default;
    });
    tracked.catch(() => loading.delete(locale)); // offline without a cache: try again later
    loading.set(locale, tracked);
    pending = tracked;
  }
  return pending;
}

/** Speaks another language from now on, here and after a reload (the lock screen included). */
export function chooseLocale(locale: Locale): Promise<Catalogue> {
  rememberLocale(locale);
  current = locale;
  applyLocale(locale);
  const pending = loadMessages(locale);
  for (const listener of listeners) listener();
  return pending;
}

/** Forgets the choice (Delete everything): the browser's language applies again. */
export function forgetLocale(): void {
  forgetRememberedLocale();
  current = null;
  applyLocale();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, currentLocale, currentLocale);
}

export { applyLocale };

export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * A message from a catalogue as text (for code outside React, and tests). A text that is not
 * a key (words kept from before a screen moved to the catalogue) is shown as it is.
 */
export function translate(
  catalogue: Catalogue,
  locale: Locale,
  key: MessageKey,
  params?: Params,
): string {
  const message: Catalogue[MessageKey] | undefined = catalogue[key];
  return message === undefined ? key : formatMessage(message, locale, params);
}

/**
 * A message in the language shown, for code outside React (a status line, a problem kept in
 * the store). Start-up fetches the catalogue beside the journal, so by the time anything is
 * said it is here; before that, the key itself.
 */
export function translateNow(key: MessageKey, params?: Params): string {
  const locale = currentLocale();
  const catalogue = (loading.get(locale) as Tracked<Catalogue> | undefined)?.value;
  return catalogue ? translate(catalogue, locale, key, params) : key;
}

/**
 * The translate function for the language shown. The first render in a language not yet
 * fetched suspends until its catalogue arrives (views are inside Suspense already).
 */
export function useT(): { t: Translate; locale: Locale } {
  const locale = useLocale();
  // A catalogue already here is read at once; use() only to wait for one still coming (React's
  // use() of an already fulfilled promise kept an error in a lazy view below from reaching
  // its boundary: tests/unit/app/bodyBoundary.test.tsx).
  const pending = loadMessages(locale);
  const catalogue = (pending as Tracked<Catalogue>).value ?? use(pending);
  return {
    locale,
    t: (key, params) => translate(catalogue, locale, key, params),
  };
}
