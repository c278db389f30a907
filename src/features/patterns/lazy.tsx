/**
 * The small, eagerly loaded side of Patterns: wrappers that load the rest on demand, and
 * the styles.
 *
 * Every lazy import below points at the same module as App's lazy Patterns view, so the
 * build makes one Patterns chunk with no shared pieces (uPlot is its own chunk, fetched by
 * that chunk only when a chart is drawn); and the styles are imported here, into the main
 * stylesheet, so the chunk carries no CSS. That keeps the first screen's JavaScript to these
 * two wrappers: no dependency lists for Vite's preload helper.
 */
import { lazy, Suspense } from 'react';
import type { Entry } from '../../storage/types';
import 'uplot/dist/uPlot.min.css';
import './patterns.css';

const RememberStory = lazy(() =>
  import('./PatternsView').then((m) => ({ default: m.RememberStory })),
);
const RememberStorySetting = lazy(() =>
  import('./PatternsView').then((m) => ({ default: m.RememberStorySetting })),
);

/** "Remember the whole story", beside an entry (shows nothing until it applies). */
export function LazyRememberStory({ entry }: { entry: Entry }) {
  return (
    <Suspense fallback={null}>
      <RememberStory key={entry.id} entry={entry} />
    </Suspense>
  );
}

/** The Settings switch for it. */
export function StorySetting() {
  return (
    <Suspense fallback={null}>
      <RememberStorySetting />
    </Suspense>
  );
}
