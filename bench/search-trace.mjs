// Where a search's time goes, task by task: like search-profile.mjs, but records a Chrome
// trace around each search and prints the main thread's tasks from the input event to the
// count line changing, with what each spent its time on (script, GC, style, layout, paint).
// Usage: npx vite build && node bench/search-trace.mjs [count=10000] [searches=3] [untraced first=0]
import { chromium } from '@playwright/test';
import { buildSeedPage } from './build.mjs';
import { benchInitScript } from './page.mjs';
import { openApp, search, seedJournal, settle, stubOtherOrigins } from './scenarios.mjs';
import { startBenchServer } from './server.mjs';

const COUNT = Number(process.argv[2] ?? 10_000);
const SEARCHES = Number(process.argv[3] ?? 3);
/** Searches before the traced ones (0: trace the page's first search, as the bench times). */
const WARM = Number(process.argv[4] ?? 0);
const PORT = Number(process.env.E2E_PORT ?? 4405) + 300;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'toplevel',
  'scheduler',
].join(',');

/** Marks the count line's narrowing in the trace (the bench reads the same change). */
function markCounts() {
  let last = null;
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('[role="status"]')) {
      const text = (el.textContent ?? '').trim();
      if (/ of /.test(text) && text !== last) performance.mark('keel-count');
      last = / of | entr/.test(text) ? text : last;
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function trace(cdp, during) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const result = await during();
  await cdp.send('Tracing.end');
  await done;
  cdp.removeAllListeners('Tracing.dataCollected');
  return { events, result };
}

const KINDS = [
  [/GC|gc|Scavenge|MarkCompact/, 'gc'],
  [
    /^(FunctionCall|EvaluateScript|TimerFire|EventDispatch|FireAnimationFrame|v8\.run|RunMicrotasks|V8\.Execute)/,
    'script',
  ],
  [/UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet/, 'style'],
  [/^Layout$|UpdateLayerTree|Layerize/, 'layout'],
  [/Paint|Composite|PrePaint/, 'paint'],
];

function summarise(events, log) {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'EventDispatch'),
  );
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const input = on.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input');
  const mark = on.find((e) => e.name === 'keel-count');
  if (!input || !mark) return log('  (no input or count mark in the trace)');
  const from = input.ts;
  const to = mark.ts;
  log(`  input → count ${((to - from) / 1000).toFixed(1)} ms (tasks of 0.2 ms or more:)`);
  // performance.measure() calls named "keel:…" (added to the app by hand while profiling).
  const begins = new Map();
  for (const e of events) {
    if (!e.cat?.includes('blink.user_timing') || !e.name.startsWith('keel:')) continue;
    const key = `${e.name} ${e.id ?? e.id2?.local}`;
    if (e.ph === 'b') begins.set(key, e.ts);
    else if (e.ph === 'e' && begins.has(key) && e.ts >= from - 20_000 && e.ts <= to) {
      const start = begins.get(key);
      log(
        `  +${((start - from) / 1000).toFixed(1).padStart(6)} ms  ${((e.ts - start) / 1000).toFixed(1).padStart(6)} ms  ${e.name}`,
      );
    }
  }
  const tasks = on
    .filter((e) => e.ph === 'X' && /RunTask/.test(e.name) && e.ts + e.dur >= from - 1 && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
    .filter((e, i, all) => i === 0 || e.ts >= all[i - 1].ts + all[i - 1].dur)
    .filter((e) => e.dur >= 200);
  for (const task of tasks) {
    const inside = on.filter(
      (e) =>
        e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur,
    );
    const by = {};
    // Only the outermost event of each kind counts (nested events share its time).
    for (const [pattern, kind] of KINDS) {
      const matches = inside.filter((e) => pattern.test(e.name));
      const outer = matches.filter(
        (e) =>
          !matches.some(
            (o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur,
          ),
      );
      const ms = outer.reduce((s, e) => s + e.dur, 0) / 1000;
      if (ms >= 0.2) by[kind] = ms.toFixed(1);
    }
    const names = [
      ...new Set(
        inside
          .filter((e) => /EventDispatch|FunctionCall|TimerFire|FireAnimationFrame/.test(e.name))
          .map((e) => e.name + (e.args?.data?.type ? `:${e.args.data.type}` : '')),
      ),
    ].slice(0, 4);
    log(
      `  +${((task.ts - from) / 1000).toFixed(1).padStart(6)} ms  ${(task.dur / 1000).toFixed(1).padStart(6)} ms  ${JSON.stringify(by)} ${names.join(' ')}`,
    );
  }
}

await buildSeedPage({ log: () => undefined });
const server = await startBenchServer(PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(benchInitScript);
  await context.addInitScript(markCounts);
  await stubOtherOrigins(context, server.origin);
  const seedPage = await context.newPage();
  await seedJournal(seedPage, server.origin, { seed: 20_240_611, total: COUNT });
  await seedPage.close();
  const page = await context.newPage();
  const timeout = 30_000 + COUNT * 2;
  await openApp(page, server.origin, { timeout });
  await settle(page);
  const warm = [];
  for (let i = 0; i < WARM; i += 1) warm.push(Math.round(await search(page, { timeout })));
  console.log('untraced search ms', warm.join(' '));
  const cdp = await context.newCDPSession(page);
  for (let i = 0; i < SEARCHES; i += 1) {
    const { events, result } = await trace(cdp, () => search(page, { timeout }));
    console.log(`search ${i + 1}: bench figure ${Math.round(result)} ms`);
    summarise(events, console.log);
  }
} finally {
  await browser.close();
  await server.close?.();
}
