import { expect, test } from '@playwright/test';
import { JournalPage } from './fixtures';

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
