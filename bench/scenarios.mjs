// The benchmark's scenarios. Each drives the real app in Chromium and returns numbers
// in ms (or bytes), or { skip: 'why' } when the feature it measures is not built yet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './build.mjs';
import { BENCH_PREFIX } from './server.mjs';
import {
  countRows,
  idleFrameGap,
  startFrameWatch,
  waitForDraftCommit,
  waitForEntryCount,
  waitForQuiet,
} from './page.mjs';

/** The autosave waits this long after the last key (src/features/journal/autosave.ts). */
const AUTOSAVE_DELAY_MS = 600;
export const SEARCH_WORD = 'garden';
export const TYPED_TEXT = 'Walked to the river after work and felt the wind, calm at last.';

const mark = (page, name) => page.evaluate((n) => window.__keelBench.marks[n] ?? null, name);

export async function waitForMark(page, name, timeout) {
  await page.waitForFunction((n) => window.__keelBench?.marks[n] !== undefined, name, {
    timeout,
    polling: 20,
  });
  return mark(page, name);
}

async function arm(page, name) {
  await page.evaluate((n) => window.__keelBench.arm(n), name);
}

/** Seeds a journal of `total` entries through the app's storage code, in batches. */
export async function seedJournal(page, origin, { seed, total, batch = 1000, log }) {
  await page.goto(`${origin}${BENCH_PREFIX}/seed.html`);
  await page.waitForFunction(() => document.body.dataset['ready'] === 'true');
  const started = Date.now();
  for (let from = 0; from < total; from += batch) {
    const to = Math.min(total, from + batch);
    await page.evaluate((args) => window.keelBenchSeed.seedBatch(args), {
      seed,
      from,
      to,
      total,
    });
    if (total >= 20_000 && (to / batch) % 10 === 0) log?.(`  seeded ${to} of ${total}`);
  }
  return Date.now() - started;
}

/** Opens the app and waits for the interactive first screen and the entry count. */
export async function openApp(page, origin, { timeout }) {
  await page.goto(`${origin}/`);
  const firstScreen = await waitForMark(page, 'firstScreen', timeout);
  const journalCount = await waitForMark(page, 'journalCount', timeout);
  const domReady = await page.evaluate(
    () => performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
  );
  return { firstScreen, journalCount, domReady };
}

/** JS and CSS the page loaded by `until` (ms since navigation start), raw and gzip. */
export async function loadedBytes(page, until) {
  const urls = await page.evaluate(
    (limit) =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.responseEnd <= limit)
        .map((r) => r.name),
    until,
  );
  return sumAssets(urls.map((url) => new URL(url).pathname));
}

function assetSize(path) {
  const bytes = readFileSync(join(DIST, path));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function sumAssets(paths) {
  const out = { jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0, files: [] };
  for (const path of new Set(paths)) {
    const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    const size = assetSize(path);
    out[`${kind}Raw`] += size.raw;
    out[`${kind}Gzip`] += size.gzip;
    out.files.push(path);
  }
  return out;
}

/** Waits until no long task for a while: the idle-time search index is built by then. */
export function settle(page, maxMs = 20_000) {
  return page.evaluate(waitForQuiet, { quietMs: 700, maxMs });
}

/** JS heap in use (after a garbage collection), in bytes. */
export async function heapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** Typing a word into Search entries (one input event) to the results count updating. */
export async function search(page, { timeout }) {
  const box = page.getByRole('searchbox', { name: 'Search entries' });
  const from = await page.evaluate(() => performance.now());
  await box.fill(SEARCH_WORD);
  const handle = await page.waitForFunction(
    (after) => {
      const bench = window.__keelBench;
      const hit = bench.counts.find(([t, text]) => t > after && / of /.test(text ?? ''));
      return hit ? hit[0] - bench.lastInput : false;
    },
    from,
    { timeout, polling: 20 },
  );
  const ms = await handle.jsonValue();
  await box.fill('');
  await page.waitForFunction(
    () => {
      const counts = window.__keelBench.counts;
      return / entr(y|ies)$/.test(counts.at(-1)?.[1] ?? '') && !/ of /.test(counts.at(-1)?.[1]);
    },
    null,
    { timeout },
  );
  return ms;
}

/**
 * Opening Patterns: the click to the view marked data-ready="true" (all views computed).
 * Without that marker, to the Patterns heading, with a note.
 */
export async function patterns(page, { timeout }) {
  await arm(page, 'patternsHeading');
  await arm(page, 'patternsReady');
  await arm(page, 'anyDataReady');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Patterns' })
    .click();
  const heading = await waitForMark(page, 'patternsHeading', timeout);
  const clicked = await page.evaluate(() => window.__keelBench.lastClick);
  let note = null;
  let end = heading;
  const hasMarker = await waitForMark(page, 'anyDataReady', 1500).then(
    () => true,
    () => false,
  );
  if (hasMarker) end = await waitForMark(page, 'patternsReady', timeout);
  else note = 'Patterns has no data-ready marker yet: timed to the Patterns heading.';
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Journal' })
    .click();
  await page.getByRole('searchbox', { name: 'Search entries' }).waitFor({ timeout });
  return { ms: end - clicked, note };
}

/**
 * Writing an entry: the last key to its autosaved draft committed in IndexedDB, the
 * longest main-thread task and the longest gap between frames while typing, then the
 * Save click to the entry committed.
 */
export async function save(page, { timeout, keyDelay = 20, typed = TYPED_TEXT }) {
  await arm(page, 'editorOpen');
  await page.getByRole('button', { name: 'New entry' }).click();
  const text = page.getByRole('textbox', { name: 'Entry text' });
  await text.waitFor({ timeout });
  const editorOpen =
    (await waitForMark(page, 'editorOpen', timeout)) -
    (await page.evaluate(() => window.__keelBench.lastClick));
  await text.focus();
  await page.evaluate(startFrameWatch);
  await text.pressSequentially(typed, { delay: keyDelay });
  const draft = await page.evaluate(waitForDraftCommit, {
    idPrefix: 'new-',
    ignoreMs: AUTOSAVE_DELAY_MS - 100,
    timeoutMs: timeout,
  });
  const before = await page.evaluate(countRows, 'entries');
  await page.getByRole('button', { name: 'Save' }).click();
  const entry = await page.evaluate(waitForEntryCount, {
    expected: before + 1,
    timeoutMs: timeout,
  });
  await page.getByRole('button', { name: 'Edit' }).waitFor({ timeout });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Journal' })
    .click();
  await page.getByRole('searchbox', { name: 'Search entries' }).waitFor({ timeout });
  return {
    editorOpen,
    draftMs: draft.ms,
    longTask: draft.longTask,
    longestFrame: draft.longestFrame,
    entryMs: entry,
  };
}

/**
 * Quick exit: the click on "Quick exit" to the start of the navigation it begins. The
 * exit page is a local stub (page.route). The click is taken in the app's page, in the
 * capture phase, as performance.timeOrigin + event.timeStamp (the time of the input
 * event) and sent out through an exposed function; the navigation start is the stub
 * page's performance.timeOrigin. Both are wall-clock times from the same machine.
 */
export async function quickExit(page, { timeout }) {
  const clicks = page.__keelClicks;
  clicks.length = 0;
  await page.getByRole('button', { name: 'Quick exit' }).click({ noWaitAfter: true });
  await page.waitForURL((url) => url.hostname !== '127.0.0.1', { timeout });
  await page.waitForFunction(() => document.readyState !== 'loading', null, { timeout });
  const start = await page.evaluate(() => performance.timeOrigin);
  const clicked = clicks.at(-1);
  if (clicked === undefined) throw new Error('The quick exit click was not seen');
  return start - clicked;
}

/**
 * The method's floor: the same measure on a bare page (the bench seed page) whose button
 * does nothing but location.replace(). What quick exit adds is the difference.
 */
export async function quickExitBaseline(page, origin, { timeout }) {
  const clicks = page.__keelClicks;
  clicks.length = 0;
  await page.goto(`${origin}${BENCH_PREFIX}/seed.html`);
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = 'Leave';
    button.addEventListener('click', () => window.location.replace('https://example.org/'));
    document.body.append(button);
  });
  await page.getByRole('button', { name: 'Leave' }).click({ noWaitAfter: true });
  await page.waitForURL((url) => url.hostname !== '127.0.0.1', { timeout });
  await page.waitForFunction(() => document.readyState !== 'loading', null, { timeout });
  const start = await page.evaluate(() => performance.timeOrigin);
  const clicked = clicks.at(-1);
  if (clicked === undefined) throw new Error('The baseline click was not seen');
  return start - clicked;
}

/** Longest frame gap on the bare bench page over the time typing takes (method floor). */
export async function frameGapBaseline(page, origin, typed = TYPED_TEXT) {
  await page.goto(`${origin}${BENCH_PREFIX}/seed.html`);
  return page.evaluate(idleFrameGap, typed.length * 30 + AUTOSAVE_DELAY_MS);
}

/** Routes every request off the app's origin to a blank local stub (the exit page). */
export async function stubOtherOrigins(context, origin) {
  await context.route(
    (url) => url.origin !== origin,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Weather</title><p>Stub exit page.</p>',
      }),
  );
}

export async function trackClicks(page) {
  const clicks = [];
  page.__keelClicks = clicks;
  await page.exposeFunction('__keelBenchClick', (at) => clicks.push(at));
}

async function openSettings(page, timeout) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor({ timeout });
}

/**
 * Export and import of the whole journal, once Settings has "Export backup". The export
 * is timed from the click to the download starting; the import from the click on Import
 * to the journal count showing again (or the next status message).
 */
const acceptsDialogs = new WeakSet();

export async function backup(page, { timeout, dir, size }) {
  await openSettings(page, timeout);
  const exportButton = page.getByRole('button', { name: 'Export backup' });
  // The backup section loads lazily: give it a moment to appear.
  await exportButton.waitFor({ timeout: 10_000 }).catch(() => undefined);
  if ((await exportButton.count()) === 0) {
    return { skip: 'No "Export backup" button in Settings yet (the backup feature is not built).' };
  }
  if (!acceptsDialogs.has(page)) {
    acceptsDialogs.add(page);
    page.on('dialog', (dialog) => void dialog.accept());
  }
  let started;
  let exportMs;
  const file = join(dir, `backup-${size}.keel`);
  const secret = 'correct horse battery staple';
  try {
    await page.getByLabel('Backup passphrase', { exact: true }).fill(secret);
    await page.getByLabel('Backup passphrase again').fill(secret);
    started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout }),
      exportButton.click(),
    ]);
    exportMs = Date.now() - started;
    await download.saveAs(file);
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0];
    return { skip: `"Export backup" exists, but the bench could not drive it: ${message}` };
  }
  let importMs = null;
  let note;
  try {
    const input = page.getByLabel('Backup file');
    await input.setInputFiles(file);
    await page.getByLabel('Passphrase for this backup').fill(secret);
    const importStarted = Date.now();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    // Into a journal that has entries, Keel asks: merge (the same entries, so nothing changes).
    const merge = page.getByRole('button', { name: 'Merge', exact: true });
    await merge.waitFor({ timeout });
    const asked = Date.now();
    await merge.click();
    const mergeClicked = Date.now();
    await merge.waitFor({ state: 'detached', timeout });
    await page.getByText('Bringing the backup in…').waitFor({ state: 'hidden', timeout });
    importMs = asked - importStarted + (Date.now() - mergeClicked);
    note =
      'Export: passphrase typed, click to download started (includes Argon2id). Import: click on Import to the merge question, plus Merge to done (both include Argon2id or the write).';
  } catch (error) {
    note = `Import could not be driven: ${error.message.split('\n')[0]}`;
  }
  return { exportMs, importMs, note };
}

/**
 * Unlock with a passphrase, when the app can set one: sets it in Settings, reloads,
 * and times the click on Unlock to the journal count showing.
 */
export async function passphraseUnlock(page, origin, { timeout, runs }) {
  await openSettings(page, timeout);
  const section = page.getByRole('region', { name: 'Lock and passphrase' });
  const setButton = section.getByRole('button', { name: 'Set a passphrase' });
  if ((await setButton.count()) === 0) {
    return { skip: 'No way to set a passphrase in Settings yet (the lock feature is not built).' };
  }
  try {
    const secret = 'correct horse battery staple';
    await setButton.click();
    await section.getByLabel('New passphrase', { exact: true }).fill(secret);
    await section.getByLabel('New passphrase again').fill(secret);
    await section.getByRole('button', { name: 'Set passphrase' }).click();
    await section.getByText('A passphrase is set.').waitFor({ timeout });
    const values = [];
    for (let run = 0; run < runs; run += 1) {
      await page.goto(`${origin}/`);
      const field = page.getByLabel('Passphrase', { exact: true });
      await field.waitFor({ timeout: Math.min(timeout, 10_000) });
      await field.fill(secret);
      await arm(page, 'journalCount');
      await page.getByRole('button', { name: 'Unlock' }).click();
      const shown = await waitForMark(page, 'journalCount', timeout);
      const clicked = await page.evaluate(() => window.__keelBench.lastClick);
      values.push(shown - clicked);
    }
    return { values };
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0];
    return { skip: `Settings mentions a passphrase, but the bench could not drive it: ${message}` };
  }
}

/**
 * Whether a service worker controls the page: 'controlled', 'registered' (installed but
 * not yet in control: reload), or 'none' (no registration within `registerMs`).
 */
export async function serviceWorkerState(page, { registerMs = 3000, controlMs = 8000 } = {}) {
  return page.evaluate(
    async ({ registerMs, controlMs }) => {
      if (!('serviceWorker' in navigator)) return 'none';
      const started = performance.now();
      const wait = () => new Promise((resolve) => setTimeout(resolve, 100));
      while (!navigator.serviceWorker.controller && performance.now() - started < controlMs) {
        const registrations = await navigator.serviceWorker.getRegistrations();
        if (registrations.length === 0 && performance.now() - started > registerMs) return 'none';
        await wait();
      }
      return navigator.serviceWorker.controller ? 'controlled' : 'registered';
    },
    { registerMs, controlMs },
  );
}

/**
 * Slow 4G as Lighthouse's mobile profile states it (150 ms round trip, 1.6 Mbps down,
 * 750 kbps up) and its 4× CPU slowdown, set through the Chrome DevTools Protocol
 * (docs/decisions: slow-phone measurement).
 */
export const SLOW_PHONE = {
  cpuRate: 4,
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1_000_000) / 8,
    uploadThroughput: (750 * 1000) / 8,
  },
};

/** In the page, from its first moment: paints, the largest paint, layout shifts. */
function paintWatch() {
  const seen = { fcp: null, lcp: null, cls: 0 };
  Object.defineProperty(window, '__keelPaints', { value: seen });
  const watch = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({
        type,
        buffered: true,
      });
    } catch {
      // Not in this browser: the figure stays empty.
    }
  };
  watch('paint', (e) => {
    if (e.name === 'first-contentful-paint') seen.fcp = e.startTime;
  });
  watch('largest-contentful-paint', (e) => {
    seen.lcp = e.startTime;
  });
  watch('layout-shift', (e) => {
    if (!e.hadRecentInput) seen.cls += e.value;
  });
}

/**
 * The first visit on a slow phone, in a fresh context (empty cache, no service worker):
 * first contentful paint, largest contentful paint, layout shift (all from the page's own
 * PerformanceObserver), and total blocking time: the part over 50 ms of every long task
 * from the first contentful paint until the first screen is interactive and the main
 * thread has been quiet for a second (as Lighthouse ends it at "time to interactive").
 */
export async function slowPhoneOpen(context, origin, { timeout }) {
  await context.addInitScript(paintWatch);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_PHONE.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuRate });
    await page.goto(`${origin}/`, { timeout });
    const firstScreen = await waitForMark(page, 'firstScreen', timeout);
    await page.evaluate(waitForQuiet, { quietMs: 1000, maxMs: timeout });
    const result = await page.evaluate(() => {
      const paints = window.__keelPaints;
      const tbt = window.__keelBench.longTasks
        .filter(([start]) => start >= (paints.fcp ?? 0))
        .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
      return { fcp: paints.fcp, lcp: paints.lcp, cls: paints.cls, tbt };
    });
    return { ...result, firstScreen };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
