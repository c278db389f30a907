import { expect, type Page, test } from '@playwright/test';
import { JournalPage } from './fixtures';
import { setPassphraseInSettings } from './vaultHelpers';

// A script held back with page.route must come from the network, not the service worker.
test.use({ serviceWorkers: 'block' });

test('a chosen tab title shows from the first moment, before the app has loaded', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await page.getByLabel('Tab title and icon').selectOption('Notes');
  await expect(page).toHaveTitle('Notes');

  // Hold the app's own code back, as a slow phone would, and look at the tab meanwhile.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
  expect(await page.title()).toBe('Notes');
  const icons = await page
    .locator('link[rel="icon"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(icons).not.toContain('/favicon.svg');
  expect(icons).not.toContain('/icon-32.png');
  expect(await page.getByRole('button', { name: 'New entry' }).count()).toBe(0);

  release();
  await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
  await expect(page).toHaveTitle('Notes');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:image\/svg\+xml,/);
});

/** Every word a person or a screen reader could meet on the page: text, names, title. */
async function wordsOnPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')]
      .flatMap((el) => ['aria-label', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a)))
      .filter(Boolean);
    return [document.title, document.body.textContent, ...labels].join(' ');
  });
}

async function chooseNotes(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await page.getByLabel('Tab title and icon').selectOption('Notes');
  await expect(page).toHaveTitle('Notes');
}

test.describe('with a disguise on', () => {
  test('the closed screen says nothing of Keel, and still opens', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await chooseNotes(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('heading', { name: 'Notes', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open' })).toBeVisible();
    expect((await wordsOnPage(page)).toLowerCase()).not.toContain('keel');

    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
  });

  test('the lock screen says nothing of Keel, and keyboard users find the unlock', async ({
    page,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await setPassphraseInSettings(page, 'a quiet harbour at dawn');
    await chooseNotes(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('heading', { name: 'Notes', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Passphrase')).toBeFocused();
    expect((await wordsOnPage(page)).toLowerCase()).not.toContain('keel');
    await page.keyboard.type('a quiet harbour at dawn');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
  });

  test('the first paint, before the app has loaded, says nothing of Keel', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await chooseNotes(page);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    await expect(page.getByRole('link', { name: 'Quick exit' })).toBeVisible();
    await page.waitForFunction(() => document.readyState !== 'loading');
    expect((await wordsOnPage(page)).toLowerCase()).not.toContain('keel');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      'href',
      '/manifest-notes.webmanifest',
    );
    release();
    await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      'href',
      '/manifest-notes.webmanifest',
    );
  });

  test('a backup downloads under a neutral name', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await chooseNotes(page);
    await page.getByLabel('Backup passphrase', { exact: true }).fill('moss on the north wall');
    await page.getByLabel('Backup passphrase again').fill('moss on the north wall');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup' }).click();
    const name = (await downloading).suggestedFilename();
    expect(name).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.bak$/);
  });
});
