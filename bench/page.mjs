// Code that runs inside the benchmark's browser pages (passed to Playwright as
// functions). Only the bench injects it; nothing here is in the app's bundle.

/**
 * Installed with context.addInitScript before any page script. Records, in the page's
 * own clock (ms since navigation start): when named conditions first hold (watched with
 * a MutationObserver, so at the DOM change, before that frame paints), the last key,
 * input and click events (capture phase), long tasks, and every change of the journal's
 * entry count.
 */
export function benchInitScript() {
  const COUNT = /^\d+ (entry|entries)$/;
  const NARROWED = /^\d+ of \d+ entries$/;
  const countText = () => {
    for (const el of document.querySelectorAll('[role="status"]')) {
      const text = (el.textContent ?? '').trim();
      if (COUNT.test(text) || NARROWED.test(text)) return text;
    }
    return null;
  };
  const button = (name) =>
    [...document.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim() === name);
  const checks = {
    firstScreen: () => {
      const b = button('New entry');
      return !!b && !b.disabled && b.getClientRects().length > 0;
    },
    journalCount: () => COUNT.test(countText() ?? ''),
    editorOpen: () => !!document.querySelector('textarea[aria-label="Entry text"]'),
    patternsHeading: () =>
      [...document.querySelectorAll('h1')].some((h) => (h.textContent ?? '').trim() === 'Patterns'),
    patternsReady: () => !!document.querySelector('main [data-ready="true"]'),
    anyDataReady: () => !!document.querySelector('main [data-ready]'),
  };
  const bench = {
    marks: {},
    armed: new Set(['firstScreen', 'journalCount']),
    lastKey: 0,
    lastInput: 0,
    lastClick: 0,
    longTasks: [],
    counts: [],
    frames: null,
    arm(name) {
      delete this.marks[name];
      this.armed.add(name);
      check();
    },
  };
  let lastCount = null;
  function check() {
    const now = performance.now();
    for (const name of bench.armed) {
      if (checks[name]()) {
        bench.marks[name] = now;
        bench.armed.delete(name);
      }
    }
    const count = countText();
    if (count !== lastCount) {
      lastCount = count;
      bench.counts.push([now, count]);
    }
  }
  Object.defineProperty(window, '__keelBench', { value: bench });
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  const on = (type, fn) => document.addEventListener(type, fn, { capture: true });
  on('keydown', (e) => {
    bench.lastKey = e.timeStamp;
  });
  on('input', (e) => {
    bench.lastInput = e.timeStamp;
  });
  on('click', (e) => {
    bench.lastClick = e.timeStamp;
    const report = window.__keelBenchClick;
    if (typeof report === 'function') report(performance.timeOrigin + e.timeStamp);
  });
  try {
    new PerformanceObserver((list) => {
      for (const t of list.getEntries()) bench.longTasks.push([t.startTime, t.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the figure stays empty.
  }
}

/** Starts recording animation-frame gaps (the longest gap is a dropped-frame measure). */
export function startFrameWatch() {
  const bench = window.__keelBench;
  const frames = { last: 0, longest: 0, running: true, from: performance.now() };
  bench.frames = frames;
  const tick = (t) => {
    if (frames.last) frames.longest = Math.max(frames.longest, t - frames.last);
    frames.last = t;
    if (frames.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The longest gap between animation frames on this page over `ms` (a method floor). */
export function idleFrameGap(ms) {
  return new Promise((resolve) => {
    let last = 0;
    let longest = 0;
    const started = performance.now();
    const tick = (t) => {
      if (last) longest = Math.max(longest, t - last);
      last = t;
      if (performance.now() - started < ms) requestAnimationFrame(tick);
      else resolve(longest);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * After the last key: polls the app's database until a new-entry draft row (id `new-<uuid>`,
 * one per tab and editor, so the bench watches them all by prefix) changes, which is the
 * autosave committing. A change in the first `ignoreMs` after the last key is a
 * write from an earlier pause (the debounce makes the final one later): it is skipped.
 */
export async function waitForDraftCommit({ idPrefix, ignoreMs, timeoutMs }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('keel');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const range = IDBKeyRange.bound(idPrefix, `${idPrefix}\uffff`);
  const readRows = () =>
    new Promise((resolve, reject) => {
      const request = db.transaction('drafts').objectStore('drafts').getAll(range);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const bench = window.__keelBench;
  const lastKey = bench.lastKey;
  const sig = (rows) => rows.map((row) => `${row.id}:${Array.from(row.ct).join(',')}`).join('|');
  const started = performance.now();
  let before = sig(await readRows());
  try {
    for (;;) {
      const rows = await readRows();
      const now = performance.now();
      if (sig(rows) !== before) {
        if (now - lastKey >= ignoreMs) {
          const frames = bench.frames;
          if (frames) frames.running = false;
          const longTask = bench.longTasks
            .filter(([start]) => start >= (frames?.from ?? lastKey))
            .reduce((max, [, duration]) => Math.max(max, duration), 0);
          return { ms: now - lastKey, longestFrame: frames?.longest ?? null, longTask };
        }
        before = sig(rows);
      }
      if (now - started > timeoutMs) throw new Error('The draft was not written in time');
      await new Promise((resolve) => setTimeout(resolve, 4));
    }
  } finally {
    db.close();
  }
}

/** Number of rows in a store, read with a separate connection. */
export async function countRows(store) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('keel');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** After a click on Save: polls until the entries store holds `expected` rows. */
export async function waitForEntryCount({ expected, timeoutMs }) {
  const clicked = window.__keelBench.lastClick;
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('keel');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    for (;;) {
      const count = await new Promise((resolve, reject) => {
        const request = db.transaction('entries').objectStore('entries').count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const now = performance.now();
      if (count >= expected) return now - clicked;
      if (now - clicked > timeoutMs) throw new Error('The entry was not written in time');
      await new Promise((resolve) => setTimeout(resolve, 4));
    }
  } finally {
    db.close();
  }
}

/** Resolves once no long task has started for `quietMs` (or after `maxMs`). */
export async function waitForQuiet({ quietMs, maxMs }) {
  const bench = window.__keelBench;
  const started = performance.now();
  for (;;) {
    const now = performance.now();
    const last = bench.longTasks.reduce((max, [s, d]) => Math.max(max, s + d), 0);
    if (now - Math.max(last, started) >= quietMs || now - started >= maxMs) return now - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
