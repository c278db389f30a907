/**
 * Bundled by bench/patterns.mjs and run in Chromium: times the Patterns analysis and the
 * Patterns view over generated entries. Not part of the app.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { useKeel } from '../src/state/store';
import type { Entry } from '../src/storage/types';
import { generate } from './patterns-generate';
import { defaultTags } from '../src/storage/defaultTags';
import { computePatterns, storyFor } from '../src/features/patterns/analysis';
import PatternsView from '../src/features/patterns/PatternsView';

const OPTIONS = {
  range: '1y' as const,
  feelingPeriodDays: 30,
  followEventId: 'e03',
  followDays: 3,
  apologyWithinDays: 3,
  calendarYear: 2026,
  calendarMonth: 10,
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export function timeAnalysis(count: number, runs: number) {
  const today = new Date(2026, 10, 20, 12).getTime();
  const entries = generate(count, today);
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const start = performance.now();
    computePatterns(entries, { ...OPTIONS, range: i % 2 ? 'all' : '1y' }, today);
    if (i >= 3) times.push(performance.now() - start);
  }
  const story: number[] = [];
  const trigger = { ...(entries[0] as Entry), happenedAt: today, feelings: ['f06'] };
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    storyFor(trigger, entries);
    story.push(performance.now() - start);
  }
  return {
    count,
    analysisMin: Math.min(...times),
    analysisMedian: median(times),
    analysisMax: Math.max(...times),
    storyMedian: median(story),
  };
}

/** Renders the real Patterns view over `count` entries; resolves with ms until data-ready. */
export async function timeView(count: number): Promise<number> {
  const today = Date.now();
  const entries = generate(count, today);
  useKeel.setState({
    entries: new Map(entries.map((e) => [e.id, e])),
    tags: defaultTags(today),
  });
  const host = document.createElement('div');
  host.style.width = '720px';
  document.body.append(host);
  const root = createRoot(host);
  const start = performance.now();
  flushSync(() => root.render(createElement(PatternsView)));
  // The view may suspend while uPlot loads; wait for the root to say it is complete.
  const ready = () => host.querySelector('section[data-ready="true"]') !== null;
  if (!ready()) {
    await new Promise<void>((resolve) => {
      const watch = new MutationObserver(() => {
        if (ready()) {
          watch.disconnect();
          resolve();
        }
      });
      watch.observe(host, { attributes: true, childList: true, subtree: true });
    });
  }
  const elapsed = performance.now() - start;
  root.unmount();
  host.remove();
  return elapsed;
}
