import { expect, test } from '@playwright/test';
import { JournalPage, rawDatabaseText } from './fixtures';

test.describe('an entry’s history in a real browser', () => {
  test('an edited entry shows its first text, with when it was written, after a reload', async ({
    page,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await journal.write('The first way I told it');

    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Entry text' }).fill('The way I tell it now');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('The way I tell it now')).toBeVisible();

    // Nothing of the earlier text is readable in storage.
    expect(await rawDatabaseText(page)).not.toContain('The first way I told it');

    await page.reload();
    await journal.entryRow('The way I tell it now').click();
    const earlier = page.getByRole('button', { name: 'Earlier versions' });
    await expect(earlier).toHaveAttribute('aria-expanded', 'false');
    await earlier.click();
    const versions = page.getByRole('list', { name: 'Earlier versions' });
    const first = versions.getByRole('listitem');
    await expect(first).toHaveCount(1);
    // When it was written: a date with this year and a time of day.
    const year = String(new Date().getFullYear());
    await expect(first.getByText(/^Written /)).toHaveText(
      new RegExp(`^Written .*${year}.*\\d:\\d\\d`),
    );
    await first.getByText(/^Written /).click();
    await expect(first.getByText('The first way I told it')).toBeVisible();
  });
});
