import { expect, test } from '@playwright/test';
import { JournalPage } from './fixtures';

// Without the service worker, so that a chunk the network cannot give is really missing
// (as in a tab whose files an update in another tab replaced).
test.use({ serviceWorkers: 'block' });

test('a part of Keel that cannot load says so kindly, keeps Quick exit, and the journal opens again', async ({
  page,
}) => {
  await page.route(/\/assets\/PatternsView-[^/]+\.js$/, (route) => route.abort());
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Not now' }).click();
  await journal.write('A morning by the water');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Patterns' })
    .click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be opened just now');
  await expect(alert).toContainText('Everything you saved is kept');
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the journal' }).click();
  await expect(journal.entryRow('A morning by the water')).toBeVisible();
});
