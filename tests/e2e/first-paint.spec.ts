/**
 * The first paint, from HTML and CSS alone: a real Quick exit link before any script, and
 * with JavaScript off; the app then takes over the same top bar without moving it.
 */
import { expect, type Page, test } from '@playwright/test';
import { JournalPage } from './fixtures';
import { EXIT_STUB_TEXT, EXIT_URL, stubExitPage } from './vaultHelpers';

// A script held back with page.route must come from the network, not the service worker.
test.use({ serviceWorkers: 'block' });

/** Holds the app's own code back, as a slow phone would; call the result to let it go. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a visible Quick exit link leaves for the exit page', async ({ page }) => {
    await stubExitPage(page);
    await page.goto('/');
    const link = page.getByRole('link', { name: 'Quick exit' });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', EXIT_URL);
    await link.click();
    await page.waitForURL(EXIT_URL);
    await expect(page.getByText(EXIT_STUB_TEXT)).toBeVisible();
  });
});

test('before the app has loaded, Quick exit goes to the chosen page and replaces this one', async ({
  page,
}) => {
  const chosen = 'https://example.org/news';
  await stubExitPage(page, chosen);
  const journal = new JournalPage(page);
  await journal.open();
  await page.evaluate((url) => localStorage.setItem('keel.exit', url), chosen);
  const release = await holdAppScript(page);
  await page.reload({ waitUntil: 'commit' });
  const link = page.getByRole('link', { name: 'Quick exit' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', chosen);
  const historyBefore = await page.evaluate(() => history.length);
  await link.click();
  await page.waitForURL(chosen);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  release();
});

test('the app takes over the first paint with the top bar where it was', async ({ page }) => {
  const release = await holdAppScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  const link = page.getByRole('link', { name: 'Quick exit' });
  await expect(link).toBeVisible();
  const before = await link.boundingBox();
  await page.evaluate(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        (window as unknown as { shifts: number }).shifts += (
          entry as unknown as { value: number }
        ).value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  release();
  const button = page.getByRole('button', { name: 'Quick exit' });
  await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
  expect(await button.boundingBox()).toEqual(before);
  await expect(link).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
});

test('the first screens’ words in the chosen language are fetched while the app’s script still is', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('keel.lang', 'es'));
  const words: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/first\.[a-z]+-[^/]+\.js$/.test(request.url())) words.push(request.url());
  });
  const release = await holdAppScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  // Asked for by the first paint's script, with the app's own code not yet arrived.
  await expect
    .poll(() => words.map((url) => new URL(url).pathname))
    .toEqual([expect.stringMatching(/^\/assets\/first\.es-/)]);
  release();
  await expect(page.getByRole('button', { name: 'Nueva entrada' })).toBeEnabled();
  // The app's own import of those words used that fetch: one request, and no English.
  expect(words).toHaveLength(1);
});
