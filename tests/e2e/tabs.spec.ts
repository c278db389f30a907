/** Keel open in two tabs of one browser: pages of one context share storage and channels. */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { JournalPage } from './fixtures';
import { EXIT_STUB_TEXT, EXIT_URL } from './vaultHelpers';

const SECRET = 'I wrote down what happened on Friday';
const EXIT_PAGE = `<!doctype html><title>Weather</title><p>${EXIT_STUB_TEXT}</p>`;

/** Opens Keel in a new tab of the context; the first tab also answers the first-run offer. */
async function openTab(context: BrowserContext, firstRun = false): Promise<JournalPage> {
  const journal = new JournalPage(await context.newPage());
  await journal.open();
  if (firstRun) await journal.page.getByRole('button', { name: 'Not now' }).click();
  return journal;
}

/** New-entry and edit drafts in storage (sealed: only the count can be read). */
function storedDraftCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('keel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction('drafts').objectStore('drafts').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return count;
  });
}

/**
 * In the watched tab, as its navigation starts: is it hidden, and (a moment later, its exit
 * page held back until then) are the words still anywhere in it.
 */
async function watchLeaving(page: Page, words: string) {
  let seen: { visibility: string; title: string } | null = null;
  let stillThere: boolean | null = null;
  let reported: () => void = () => undefined;
  const report = new Promise<void>((resolve) => {
    reported = resolve;
  });
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('tab-seen ') && !seen)
      seen = JSON.parse(text.slice(9)) as { visibility: string; title: string };
    if (text.startsWith('tab-words ') && stillThere === null) {
      stillThere = text.slice(10) === 'true';
      reported();
    }
  });
  await page.addInitScript((w) => {
    window.addEventListener('beforeunload', () => {
      const visibility = getComputedStyle(document.body).visibility;
      console.log('tab-seen ' + JSON.stringify({ visibility, title: document.title }));
      setTimeout(() => {
        const fields = [...document.querySelectorAll('input, textarea')].map(
          (field) => (field as HTMLInputElement).value,
        );
        console.log(
          `tab-words ${[document.body.textContent, ...fields].some((t) => t.includes(w))}`,
        );
      }, 100);
    });
  }, words);
  await page.route(EXIT_URL, async (route) => {
    await Promise.race([report, new Promise((resolve) => setTimeout(resolve, 5000))]);
    await route.fulfill({ contentType: 'text/html', body: EXIT_PAGE });
  });
  return { seen: () => seen, stillThere: () => stillThere };
}

test.beforeEach(async ({ context }) => {
  await context.route(EXIT_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: EXIT_PAGE }),
  );
});

test('Quick exit in one tab makes the other tab hide, drop its journal and leave for the exit page', async ({
  context,
}) => {
  const first = await openTab(context, true);
  await first.write(SECRET);
  const second = new JournalPage(await context.newPage());
  const watch = await watchLeaving(second.page, SECRET);
  await second.open();
  await expect(second.entryRow(SECRET)).toBeVisible();
  const historyBefore = await second.page.evaluate(() => history.length);

  await first.page.getByRole('button', { name: 'Quick exit' }).click();

  await second.page.waitForURL(EXIT_URL);
  await expect(second.page.getByText(EXIT_STUB_TEXT)).toBeVisible();
  expect(watch.seen()).toEqual({ visibility: 'hidden', title: 'New Tab' });
  expect(watch.stillThere()).toBe(false);
  // location.replace: Back in that tab does not return to the journal either.
  expect(await second.page.evaluate(() => history.length)).toBe(historyBefore);
  await first.page.waitForURL(EXIT_URL);
});

test('Quick exit from the lock screen reaches the other tab too', async ({ context }) => {
  const first = await openTab(context, true);
  await first.write(SECRET);
  const second = await openTab(context);
  await first.page.getByRole('button', { name: 'Lock' }).click();
  await expect(first.page.getByRole('heading', { name: 'Keel is closed' })).toBeVisible();
  await first.page.getByRole('button', { name: 'Quick exit' }).click();
  await second.page.waitForURL(EXIT_URL);
});

test('Lock in one tab locks the other', async ({ context }) => {
  const first = await openTab(context, true);
  await first.write(SECRET);
  const second = await openTab(context);
  await expect(second.entryRow(SECRET)).toBeVisible();

  await first.page.getByRole('button', { name: 'Lock' }).click();

  await expect(second.page.getByRole('heading', { name: 'Keel is closed' })).toBeVisible();
  await expect(second.page.getByText(SECRET)).toHaveCount(0);
  await expect(first.page.getByRole('heading', { name: 'Keel is closed' })).toBeVisible();
});

test('two tabs editing one entry: the second Save asks, and Keep both keeps both texts', async ({
  context,
}) => {
  const first = await openTab(context, true);
  await first.write('The first words of the day');
  const second = await openTab(context);

  await second.entryRow('The first words of the day').click();
  await second.page.getByRole('button', { name: 'Edit' }).click();
  await second.page.getByRole('textbox', { name: 'Entry text' }).fill('Written in the second tab');

  await first.page.getByRole('button', { name: 'Edit' }).click();
  await first.page.getByRole('textbox', { name: 'Entry text' }).fill('Written in the first tab');
  await first.page.getByRole('button', { name: 'Save' }).click();
  await expect(first.page.getByText('Written in the first tab')).toBeVisible();

  // The second tab hears of it before it saves, and says so.
  await expect(second.page.getByText(/changed in another Keel tab/)).toBeVisible();
  await second.page.getByRole('button', { name: 'Save' }).click();
  await expect(second.page.getByRole('button', { name: 'Use this version' })).toBeVisible();
  await expect(second.page.getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();
  await second.page.getByRole('button', { name: 'Keep both' }).click();
  await expect(second.page.getByRole('button', { name: 'Edit' })).toBeVisible();

  for (const tab of [second, first]) {
    await tab.backToJournal();
    await expect(tab.entryRow('Written in the first tab')).toBeVisible();
    await expect(tab.entryRow('Written in the second tab')).toBeVisible();
    await expect(tab.page.getByText('2 entries')).toBeVisible();
  }
});

test('two tabs writing new entries: each keeps its own draft, and saving one keeps the other', async ({
  context,
}) => {
  const first = await openTab(context, true);
  await first.page.getByRole('button', { name: 'New entry' }).click();
  await first.page
    .getByRole('textbox', { name: 'Entry text' })
    .pressSequentially('Words from the first tab');
  await expect.poll(() => storedDraftCount(first.page)).toBe(1);

  const second = await openTab(context);
  // The first tab still has its draft open: the second tab does not offer it.
  await expect(second.page.getByText('An entry you started is kept as a draft.')).toHaveCount(0);
  await second.page.getByRole('button', { name: 'New entry' }).click();
  const text = second.page.getByRole('textbox', { name: 'Entry text' });
  await expect(text).toHaveValue('');
  await text.fill('Words from the second tab');
  await second.page.getByRole('button', { name: 'Save' }).click();
  await expect(second.page.getByRole('button', { name: 'Edit' })).toBeVisible();
  expect(await storedDraftCount(second.page)).toBe(1);

  // The first tab closes without saving; its draft is offered back in the second.
  await first.page.close({ runBeforeUnload: true });
  await second.page.reload();
  await expect(second.page.getByText('An entry you started is kept as a draft.')).toBeVisible();
  await second.page.getByRole('button', { name: 'Continue writing' }).click();
  await expect(second.page.getByRole('textbox', { name: 'Entry text' })).toHaveValue(
    'Words from the first tab',
  );
  await second.backToJournal();
  await expect(second.entryRow('Words from the second tab')).toBeVisible();
});
