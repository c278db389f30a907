import { expect, type Page, test } from '@playwright/test';
import { JournalPage } from './fixtures';
import { EXIT_STUB_TEXT, EXIT_URL, stubExitPage } from './vaultHelpers';

const SECRET = 'I wrote down what happened on Friday';

interface ExitRecord {
  /** From the press event's timestamp to beforeunload (the navigation starting). */
  pressToNavigationMs: number;
  /** From the first capture-phase listener seeing the press to beforeunload. */
  handlerToNavigationMs: number;
  visibility: string;
  title: string;
}

/**
 * Records, in the old page, the moment of the last press and the state of the page when
 * the navigation starts (beforeunload), and reports it through the console.
 */
async function recordExit(page: Page): Promise<() => ExitRecord | null> {
  let record: ExitRecord | null = null;
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('exit-record ') && !record)
      record = JSON.parse(text.slice(12)) as ExitRecord;
  });
  await page.addInitScript(() => {
    let pressAt = 0;
    let handlerAt = 0;
    const mark = (event: Event) => {
      pressAt = event.timeStamp;
      handlerAt = performance.now();
    };
    window.addEventListener('click', mark, true);
    window.addEventListener('keydown', mark, true);
    window.addEventListener('keyup', mark, true);
    window.addEventListener('beforeunload', () => {
      console.log(
        'exit-record ' +
          JSON.stringify({
            pressToNavigationMs: performance.now() - pressAt,
            handlerToNavigationMs: performance.now() - handlerAt,
            visibility: getComputedStyle(document.body).visibility,
            title: document.title,
          }),
      );
    });
  });
  return () => record;
}

/**
 * Holds the exit page's response until the old page, still loaded while the navigation
 * waits, has reported whether the journal text is still in its DOM.
 */
async function holdExitPage(page: Page, secret: string): Promise<() => boolean | null> {
  let stillThere: boolean | null = null;
  let reported: () => void = () => undefined;
  const report = new Promise<void>((resolve) => {
    reported = resolve;
  });
  page.on('console', (message) => {
    const text = message.text();
    if (!text.startsWith('exit-dom ') || stillThere !== null) return;
    stillThere = text.slice(9) === 'true';
    reported();
  });
  await page.addInitScript((words) => {
    window.addEventListener('beforeunload', () => {
      setTimeout(() => console.log(`exit-dom ${document.body.textContent.includes(words)}`), 100);
    });
  }, secret);
  await page.route(EXIT_URL, async (route) => {
    await Promise.race([report, new Promise((resolve) => setTimeout(resolve, 5000))]);
    await route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Weather</title><p>${EXIT_STUB_TEXT}</p>`,
    });
  });
  return () => stillThere;
}

async function expectLeft(page: Page, historyBefore: number): Promise<void> {
  await page.waitForURL(EXIT_URL);
  await expect(page.getByText(EXIT_STUB_TEXT)).toBeVisible();
  // location.replace: the journal's history entry was replaced, not added to.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  await page.goBack().catch(() => null);
  expect(page.url()).not.toContain('127.0.0.1');
}

async function openWithEntry(page: Page): Promise<JournalPage> {
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Not now' }).click();
  await journal.write(SECRET);
  return journal;
}

test.describe('quick exit', () => {
  test('the button hides the journal, then lands on the exit page with no way Back', async ({
    page,
  }) => {
    const exitRecord = await recordExit(page);
    const textStillThere = await holdExitPage(page, SECRET);
    await openWithEntry(page);
    await expect(page.getByText(SECRET)).toBeVisible();
    const historyBefore = await page.evaluate(() => history.length);

    await page.getByRole('button', { name: 'Quick exit' }).click();
    await expectLeft(page, historyBefore);

    // The old page, while the navigation was still waiting, no longer held the text.
    expect(textStillThere()).toBe(false);
    const record = exitRecord();
    expect(record?.visibility).toBe('hidden');
    expect(record?.title).toBe('New Tab');
    console.log(
      `quick exit by button, press to navigation start: ${record?.pressToNavigationMs.toFixed(2)} ms (listener to navigation start: ${record?.handlerToNavigationMs.toFixed(2)} ms)`,
    );
    test.info().annotations.push({
      type: 'press-to-navigation-ms (button)',
      description: String(record?.pressToNavigationMs),
    });
  });

  test('Shift pressed three times while typing leaves, but capitals do not', async ({ page }) => {
    const exitRecord = await recordExit(page);
    await stubExitPage(page);
    const journal = await openWithEntry(page);
    await journal.backToJournal();
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'New entry' }).click();
    const text = page.getByRole('textbox', { name: 'Entry text' });
    await text.pressSequentially('so ');
    for (const letter of ['I', 'T', 'W']) {
      await page.keyboard.down('Shift');
      await page.keyboard.press(`Key${letter}`);
      await page.keyboard.up('Shift');
    }
    await expect(text).toHaveValue('so ITW');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page.getByTestId('quick-exit-hint')).toHaveText(
      'Press Shift once more to leave this page.',
    );
    await page.keyboard.press('Shift');
    await expectLeft(page, historyBefore);
    const record = exitRecord();
    expect(record?.visibility).toBe('hidden');
    console.log(
      `quick exit by Shift x3, press to navigation start: ${record?.pressToNavigationMs.toFixed(2)} ms (listener to navigation start: ${record?.handlerToNavigationMs.toFixed(2)} ms)`,
    );
    test.info().annotations.push({
      type: 'press-to-navigation-ms (shift)',
      description: String(record?.pressToNavigationMs),
    });
  });

  test('Escape pressed twice while typing leaves', async ({ page }) => {
    const exitRecord = await recordExit(page);
    await stubExitPage(page);
    const journal = await openWithEntry(page);
    await journal.backToJournal();
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('textbox', { name: 'Entry text' }).pressSequentially('halfway');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectLeft(page, historyBefore);
    const record = exitRecord();
    expect(record?.visibility).toBe('hidden');
    console.log(
      `quick exit by Escape x2, press to navigation start: ${record?.pressToNavigationMs.toFixed(2)} ms (listener to navigation start: ${record?.handlerToNavigationMs.toFixed(2)} ms)`,
    );
  });

  test('the button stays in view and works while a question is open', async ({ page }) => {
    await stubExitPage(page);
    await openWithEntry(page);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(EXIT_URL);
  });

  test('the button is there on the lock screen too', async ({ page }) => {
    await stubExitPage(page);
    await openWithEntry(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('heading', { name: 'Keel is closed' })).toBeVisible();
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(EXIT_URL);
  });

  test('goes to the exit page chosen in Settings, and refuses one that is not https', async ({
    page,
  }) => {
    const chosen = 'https://example.org/news';
    await stubExitPage(page, chosen);
    await openWithEntry(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Settings' })
      .click();
    const field = page.getByLabel('Quick exit page');
    await field.fill('http://example.org/news');
    await page.getByRole('button', { name: 'Save exit page' }).click();
    await expect(page.getByText('starts with https://')).toBeVisible();
    await field.fill(chosen);
    await page.getByRole('button', { name: 'Save exit page' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Also from the lock screen, where the encrypted settings are not in memory.
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('heading', { name: 'Keel is closed' })).toBeVisible();
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(chosen);
  });

  test('a pageshow restore event shows the lock screen, not the journal', async ({ page }) => {
    await stubExitPage(page);
    await openWithEntry(page);
    await expect(page.getByText(SECRET)).toBeVisible();
    // The event the browser sends on a restore, straight to an open journal (the test
    // below restores a real page, which Keel already closed as it went into the cache).
    await page.evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    await expect(page.getByRole('heading', { name: 'Keel is closed' })).toBeVisible();
    await expect(page.getByText(SECRET)).toHaveCount(0);
  });
});
