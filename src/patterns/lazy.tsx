/**
 * The small, eagerly loaded side of Patterns: wrappers that load the rest on demand.
 *
 * Every lazy import below points at the same module as App's lazy Patterns view, so the
 * build makes one Patterns chunk (charts included) with no shared pieces; and the styles
 * are imported here, into the main stylesheet, so that chunk carries no CSS. Together that
 * keeps Vite's preload helper out of the first screen's JavaScript.
 */
import { lazy, Suspense } from 'react';
import type { Entry } from '../db/types';
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
