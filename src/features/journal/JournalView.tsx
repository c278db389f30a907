import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { type Filters, useKeel } from '../../state/store';
import { startNewEntry } from './actions';
import { EntryFilters } from './EntryFilters';
import { EntryList } from './EntryList';
import { narrowSorted, newestFirst } from './filter';
import { loadSearch, onIndexReady, searchEntries, searchLoaded, warmIndex } from './searchIndex';

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
  const entries = useKeel((s) => s.entries);
  const tags = useKeel((s) => s.tags);
  const filters = useKeel((s) => s.filters);
  const query = useKeel((s) => s.query);
  const loading = useKeel((s) => s.loading);
  const deferredQuery = useDeferredValue(query);
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
  }, [searchReady, deferredQuery]);

  useEffect(() => {
    // While older entries are still opening, the map changes every few hundred ms: an
    // index built now would be thrown away. A search typed meanwhile still gets answers.
    if (loading) return;
    const handle = requestIdleCallbackSafe(() => warmIndex(entries));
    return () => cancelIdleCallbackSafe(handle);
  }, [entries, loading]);

  const tagsById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
  // Sorted once per change of the journal; a search or filter only narrows it.
  const sorted = useMemo(() => newestFirst(entries.values()), [entries]);
  const searching = deferredQuery.trim() !== '';
  const hits = useMemo(() => {
    void indexVersion; // a finished index answers the query already typed
    return searchReady && searching ? searchEntries(entries, deferredQuery) : null;
  }, [entries, deferredQuery, searching, searchReady, indexVersion]);
  const shown = useMemo(() => narrowSorted(sorted, filters, hits), [sorted, filters, hits]);

  // Until the search can answer (its code loading, or a large journal still being indexed)
  // the count says so rather than showing every entry as if it matched.
  const waiting = searching && hits === null;
  const narrowed = searching || shown.length !== entries.size;

  return (
    <section className="journal" aria-labelledby="journal-heading">
      <h1 id="journal-heading" className="visually-hidden">
        Journal
      </h1>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => startNewEntry()}>
          New entry
        </button>
        <input
          type="search"
          aria-label="Search entries"
          placeholder="Search entries"
          value={query}
          onChange={(e) => useKeel.getState().setQuery(e.target.value)}
        />
      </div>
      <Drafts />
      <EntryFilters filters={filters} tags={tags} onChange={setFilters} />
      <p className="count" role="status">
        {countText(entries.size, shown.length, narrowed, loading, waiting)}
      </p>
      <EntryList entries={shown} tagsById={tagsById} onOpen={openEntry} />
    </section>
  );
}

// One function each for every render, so the memoised list and filters are not
// re-rendered by a keystroke in the search box.
function openEntry(id: string): void {
  useKeel.getState().openEntry(id);
}

function setFilters(filters: Filters): void {
  useKeel.getState().setFilters(filters);
}

/**
 * The journal's count line. While older entries are still opening it says so, and never
 * gives a total that is not yet true.
 */
export function countText(
  total: number,
  shown: number,
  narrowed: boolean,
  loading: boolean,
  waiting = false,
): string {
  if (loading) {
    return narrowed
      ? `${shown} found so far. Opening your entries…`
      : `Opening your entries… ${total} so far.`;
  }
  if (total === 0) return 'No entries yet. When you are ready, New entry opens a blank page.';
  if (waiting) return 'Searching…';
  if (narrowed) return `${shown} of ${total} entries`;
  return `${total} ${total === 1 ? 'entry' : 'entries'}`;
}

// Older Safari has no requestIdleCallback; a short timeout stands in.
const idle: Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>> = window;

function requestIdleCallbackSafe(fn: () => void): number {
  return idle.requestIdleCallback ? idle.requestIdleCallback(fn) : window.setTimeout(fn, 200);
}

function cancelIdleCallbackSafe(handle: number): void {
  if (idle.cancelIdleCallback) idle.cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}
