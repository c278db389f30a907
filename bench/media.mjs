// The attachment scenarios: a journal whose every entry holds a photo, opened and its list
// scrolled. Measures the longest main-thread task and frame gap while scrolling, and how
// many thumbnails were decrypted (each becomes one image object URL): at open, and after
// scrolling a few screens then jumping to the end of the list.
import { waitForMark } from './scenarios.mjs';
import { BENCH_PREFIX } from './server.mjs';

/** Installed before any page script: counts image object URLs (one per decrypted picture). */
export function countImageUrls() {
  const made = { images: 0 };
  Object.defineProperty(window, '__keelBenchBlobs', { value: made });
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    if (object instanceof Blob && object.type.startsWith('image/')) made.images += 1;
    return original(object);
  };
}

/** Seeds `total` entries, each with one photo, through the app's own storage code. */
export async function seedPhotoJournal(page, origin, { seed, total, batch = 250 }) {
  await page.goto(`${origin}${BENCH_PREFIX}/seed.html`);
  await page.waitForFunction(() => document.body.dataset['ready'] === 'true');
  const started = Date.now();
  for (let from = 0; from < total; from += batch) {
    const to = Math.min(total, from + batch);
    await page.evaluate((args) => window.keelBenchSeed.seedPhotoBatch(args), {
      seed,
      from,
      to,
      total,
    });
  }
  return Date.now() - started;
}

/** The image object URLs made so far, once the count has held still for half a second. */
function settledImages(page, maxMs = 15_000) {
  return page.evaluate(
    async ({ maxMs: limit }) => {
      const made = window.__keelBenchBlobs;
      const started = performance.now();
      let count = made.images;
      let since = performance.now();
      while (performance.now() - since < 500 && performance.now() - started < limit) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (made.images !== count) {
          count = made.images;
          since = performance.now();
        }
      }
      return count;
    },
    { maxMs },
  );
}

/** Scrolls the entry list in the page: `screens` viewports one frame pair each, then to the end. */
function scrollList({ screens }) {
  const list = document.querySelector('.entry-list');
  if (!list) throw new Error('No entry list');
  const bench = window.__keelBench;
  const from = performance.now();
  let last = 0;
  let longest = 0;
  const frame = () =>
    new Promise((resolve) =>
      requestAnimationFrame((t) => {
        if (last) longest = Math.max(longest, t - last);
        last = t;
        resolve();
      }),
    );
  return (async () => {
    const step = list.clientHeight;
    for (let i = 0; i < screens; i += 1) {
      list.scrollTop += step;
      await frame();
      await frame();
    }
    const rendered = list.querySelectorAll('li[data-index]');
    const rowsPassed = rendered[rendered.length - 1]?.getAttribute('data-index') ?? '0';
    list.scrollTop = list.scrollHeight;
    for (let i = 0; i < 10; i += 1) await frame();
    const longTask = bench.longTasks
      .filter(([start]) => start >= from)
      .reduce((max, [, duration]) => Math.max(max, duration), 0);
    return { longTask, longestFrame: longest, rowsPassed: Number(rowsPassed) };
  })();
}

/** Opens the photo journal, waits for the list, then scrolls it; returns the figures. */
export async function photoScroll(page, origin, { timeout, screens = 10 }) {
  await page.goto(`${origin}/`);
  await waitForMark(page, 'journalCount', timeout);
  // Thumbnails near the screen at open, once none is still being decrypted.
  await page.waitForFunction(
    () => document.querySelectorAll('.entry-list .entry-thumb img').length > 0,
    null,
    { timeout },
  );
  const atOpen = await settledImages(page);
  const scrolled = await page.evaluate(scrollList, { screens });
  const afterScroll = await settledImages(page);
  return { atOpen, afterScroll, ...scrolled };
}
