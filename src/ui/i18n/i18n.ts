/**
 * The language Keel speaks (see remembered.ts for where it comes from) and its messages.
 * Each language's catalogue is two chunks, fetched only when that language is used: the
 * words of the first screens (frame, lock screen, passphrase offer, journal list), fetched
 * at start-up, and the rest, fetched once a first screen is shown (docs/decisions/0027).
 */
import { useSyncExternalStore } from 'react';
import { formatMessage, type Params } from '../../lib/i18n/format';
import type { Locale } from '../../lib/i18n/locales';
import {
  applyLocale,
  forgetRememberedLocale,
  rememberedLocale,
  rememberLocale,
} from '../../lib/i18n/remembered';
import type { Catalogue, FirstCatalogue, FirstKey, MessageKey, RestCatalogue } from './messages/en';

interface Loaders {
  first: () => Promise<{ default: FirstCatalogue }>;
  rest: () => Promise<{ default: RestCatalogue }>;
}

const loaders: Record<Locale, Loaders> = {
  en: { first: () => import('./messages/first.en'), rest: () => import('./messages/rest.en') },
  es: { first: () => import('./messages/first.es'), rest: () => import('./messages/rest.es') },
};

const loadingFirst = new Map<Locale, Promise<FirstCatalogue>>();
const loading = new Map<Locale, Promise<Catalogue>>();
const listeners = new Set<() => void>();
/** The language chosen in this page; until then the remembered or browser's one applies. */
let current: Locale | null = null;

export function currentLocale(): Locale {
  return current ?? rememberedLocale();
}

/** A promise that says, once settled, how: its words can then be read at once. */
type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * Starts `fetch` once per language; later calls share it. A failed fetch (offline without a
 * cache) is kept, so a view waiting for it can say so (see failure), and tried again at the
 * next call.
 */
function once<T>(cache: Map<Locale, Promise<T>>, locale: Locale, fetch: () => Promise<T>) {
  let pending = cache.get(locale) as Tracked<T> | undefined;
  if (!pending || pending.status === 'rejected') {
    const tracked: Tracked<T> = fetch().then(
      (value) => {
        tracked.status = 'fulfilled';
        tracked.value = value;
        return value;
      },
      (error: unknown) => {
        tracked.status = 'rejected';
        tracked.reason = error;
        throw error;
      },
    );
    tracked.catch(() => undefined); // said by the view waiting for it, or by the next call
    cache.set(locale, tracked);
    pending = tracked;
  }
  return pending;
}

/** Fetches the words of a language's first screens once; later calls share them. */
export function loadFirstMessages(locale: Locale = currentLocale()): Promise<FirstCatalogue> {
  return once(loadingFirst, locale, () => loaders[locale].first().then((m) => m.default));
}

/** Fetches a language's whole catalogue once (its first screens' words and the rest). */
export function loadMessages(locale: Locale = currentLocale()): Promise<Catalogue> {
  return once(loading, locale, () =>
    Promise.all([loadFirstMessages(locale), loaders[locale].rest()]).then(([first, rest]) => ({
      ...first,
      ...rest.default,
    })),
  );
}

const fulfilled = <T>(promise: Promise<T> | undefined): T | undefined =>
  (promise as Tracked<T> | undefined)?.value;

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

/** Says a message; `Translate<FirstKey>` can say only the first screens' words. */
export type Translate<Key extends MessageKey = MessageKey> = (key: Key, params?: Params) => string;

/**
 * A message from a catalogue as text (for code outside React, and tests). A text that is not
 * a key (words kept from before a screen moved to the catalogue) is shown as it is.
 */
export function translate<Key extends MessageKey>(
  catalogue: Pick<Catalogue, Key>,
  locale: Locale,
  key: Key,
  params?: Params,
): string {
  const message: Catalogue[Key] | undefined = catalogue[key];
  return message === undefined ? key : formatMessage(message, locale, params);
}

/**
 * A message in the language shown, for code outside React (a status line, a problem kept in
 * the store). Start-up fetches the first screens' words beside the journal and the rest once
 * a first screen shows, so by the time anything is said it is here; before that, the key.
 */
export function translateNow(key: MessageKey, params?: Params): string {
  const locale = currentLocale();
  const catalogue: Partial<Catalogue> | undefined =
    fulfilled(loading.get(locale)) ?? fulfilled(loadingFirst.get(locale));
  return catalogue?.[key] !== undefined
    ? translate(catalogue as Catalogue, locale, key, params)
    : key;
}

/**
 * Suspends until `pending` settles. The promise is thrown rather than passed to use(): React
 * replays a component that use() suspended with the hooks it had, and on the replay the words
 * are here, so use() is not called and the hooks after useT() broke (React error 467, seen
 * in Chromium on some first loads). A thrown promise makes React draw the component afresh.
 * (use() of an already fulfilled promise also kept an error in a lazy view below from reaching
 * its boundary: tests/unit/app/bodyBoundary.test.tsx.)
 */
function waitFor(pending: Tracked<unknown>): never {
  throw pending;
}

/**
 * A failed fetch of these words, for the view waiting on it to show ("could not be opened",
 * Reload) rather than fetch again from its render: a failed import fails again at once, so
 * renders retrying it would go round and round. The next loadMessages() from outside a render
 * (a view's preload, a language chosen, a first screen shown) tries again.
 */
function failure(cache: Map<Locale, Promise<unknown>>, locale: Locale): unknown {
  const cached = cache.get(locale) as Tracked<unknown> | undefined;
  if (cached?.status !== 'rejected') return undefined;
  return cached.reason ?? new Error('The words could not be fetched');
}

/**
 * The translate function for the language shown. The first render in a language not yet
 * fetched suspends until its catalogue arrives (views are inside Suspense already).
 * `useT('first')`, for the first screens, waits only for their words and can say only them.
 */
export function useT(): { t: Translate; locale: Locale };
export function useT(part: 'first'): { t: Translate<FirstKey>; locale: Locale };
export function useT(part?: 'first'): { t: Translate; locale: Locale } {
  const locale = useLocale();
  // The rest is not asked for here: a first screen drawn before it is fetched stays light.
  const firstOnly = part === 'first' && !fulfilled(loading.get(locale));
  const failed = failure(firstOnly ? loadingFirst : loading, locale);
  if (failed !== undefined) throw failed;
  const pending: Tracked<Partial<Catalogue>> = firstOnly
    ? loadFirstMessages(locale)
    : loadMessages(locale);
  const catalogue = (fulfilled(pending) ?? waitFor(pending)) as Catalogue;
  return {
    locale,
    t: (key, params) => translate(catalogue, locale, key, params),
  };
}
