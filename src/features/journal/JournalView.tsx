import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { whenIdle } from '../../lib/idle';
import { loadFirstMessages, type Translate, useT } from '../../ui/i18n/i18n';
import type { FirstKey } from '../../ui/i18n/messages/en';
import { type Filters, useKeel } from '../../state/store';
import type { Entry } from '../../storage/types';
import { startNewEntry } from './newEntry';
import { EntryFilters } from './EntryFilters';
import { EntryList } from './EntryList';
import { narrowSorted, NewestFirstOrder, positionsIn } from './filter';
import {
  followJournal,
  loadSearch,
  onIndexReady,
  searchEntries,
  searchLoaded,
} from './searchIndex';

// The first screens' words are fetched as soon as the journal's code is here.
void loadFirstMessages().catch(() => undefined);

// A draft to offer is seldom there: its code is fetched only when one is (budgets: 120 KB).
const DraftOffer = lazy(() => import('./DraftOffer').then((m) => ({ default: m.DraftOffer })));

function Drafts() {
  const any = useKeel((s) => [...s.drafts.values()].some((draft) => draft.entryId === null));
  return any ? (
    <Suspense fallback={null}>
      <DraftOffer />
    </Suspense>
  ) : null;
}

/** The journal: new entry, search, filters, and the list. */
export function JournalView() {
  const { t } = useT('first');
  const entries = useKeel((s) => s.entries);
  const tags = useKeel((s) => s.tags);
  const filters = useKeel((s) => s.filters);
  const query = useKeel((s) => s.query);
  const loading = useKeel((s) => s.loading);
  const deferredQuery = useDeferredValue(query);
  // A journal this size is searched within the keystroke (a few ms), so the answer is on
  // screen with the letter typed; a larger one paints the letter first and answers next.
  const asked = entries.size <= SEARCH_WITH_KEYSTROKE ? query : deferredQuery;
  const [searchReady, setSearchReady] = useState(searchLoaded);
  // Bumped when a large journal's index, built in slices, can answer.
  const [indexVersion, setIndexVersion] = useState(0);
  useEffect(() => onIndexReady(() => setIndexVersion((n) => n + 1)), []);

  // The search code loads after the first screen; a search typed before then waits for it.
  useEffect(() => {
    if (searchReady) return;
    let live = true;
    loadSearch().then(
      () => live && setSearchReady(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [searchReady, asked]);

  // While older entries are still opening the index follows them, chunk by chunk, so
  // search is ready soon after the last one.
  useEffect(() => followJournal(entries), [entries]);

  const tagsById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
  // Sorted once per change of the journal (merged in while it opens, as a sort of
  // 100,000 entries every few hundred ms would hold the main thread); a search or filter
  // only narrows it.
  const [order] = useState(() => new NewestFirstOrder());
  const sorted = useMemo(() => order.of(entries), [order, entries]);
  // Where each entry stands, for putting search hits in order: worked out when idle once
  // the journal has opened, not on the first search.
  useEffect(
    () => (loading ? undefined : whenIdle(() => void positionsIn(sorted))),
    [sorted, loading],
  );
  const searching = asked.trim() !== '';
  const hits = useMemo(() => {
    void indexVersion; // a finished index answers the query already typed
    return searchReady && searching ? searchEntries(entries, asked) : null;
  }, [entries, asked, searching, searchReady, indexVersion]);
  // Until the search can answer (its code loading, or the index still catching up with the
  // journal) the list shows nothing and the count says so: never entries that were not
  // searched, or part of an answer, as if they were the whole of it.
  const waiting = searching && hits === null;
  const shown = useMemo(
    () => (waiting ? NOTHING : narrowSorted(sorted, filters, hits)),
    [waiting, sorted, filters, hits],
  );
  const narrowed = searching || shown.length !== entries.size;

  return (
    <section className="journal" aria-labelledby="journal-heading">
      <h1 id="journal-heading" className="visually-hidden">
        {t('journal.heading')}
      </h1>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => startNewEntry()}>
          {t('journal.newEntry')}
        </button>
        <input
          type="search"
          aria-label={t('journal.search')}
          placeholder={t('journal.search')}
          value={query}
          onChange={(e) => useKeel.getState().setQuery(e.target.value)}
        />
      </div>
      <Drafts />
      <EntryFilters filters={filters} tags={tags} onChange={setFilters} />
      <p className="count" role="status">
        {countText(t, entries.size, shown.length, narrowed, loading, waiting)}
      </p>
      <EntryList entries={shown} tagsById={tagsById} onOpen={openEntry} />
    </section>
  );
}

const NOTHING: readonly Entry[] = [];

/**
 * Up to this many entries a search answers within the keystroke's own render: at 10,000
 * the search, ordering the hits and the new rows take under 10 ms, and waiting for the
 * next render added a frame. Larger journals keep typing first (docs/design.md budgets).
 */
export const SEARCH_WITH_KEYSTROKE = 20_000;

// One function each for every render, so the memoised list and filters are not
// re-rendered by a keystroke in the search box.
function openEntry(id: string): void {
  useKeel.getState().openEntry(id);
}

function setFilters(filters: Filters): void {
  useKeel.getState().setFilters(filters);
}

/**
 * Said while a search cannot answer yet ('journal.searchGettingReady'); the results replace
 * it as soon as it can. The English words, for tests.
 */
export const SEARCH_GETTING_READY = 'Search is getting ready. Your results will show here.';

/**
 * The journal's count line. While older entries are still opening it says so, and never
 * gives a total that is not yet true.
 */
export function countText(
  t: Translate<FirstKey>,
  total: number,
  shown: number,
  narrowed: boolean,
  loading: boolean,
  waiting = false,
): string {
  // Counts as digits only ("2000 entries"), as they always were here.
  if (waiting) return t('journal.searchGettingReady');
  if (loading) {
    return narrowed
      ? t('journal.count.foundSoFar', { count: String(shown) })
      : t('journal.count.openingSoFar', { count: String(total) });
  }
  if (total === 0) return t('journal.count.none');
  if (narrowed) return t('journal.count.narrowed', { shown: String(shown), count: String(total) });
  return t('journal.count.total', { count: String(total) });
}
