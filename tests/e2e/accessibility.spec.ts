import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { JournalPage } from './fixtures';

async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the journal, the editor and an entry have no WCAG A/AA violations', async ({ page }) => {
      const journal = new JournalPage(page);
      await journal.open();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'New entry' }).click();
      await expect(page.getByRole('textbox', { name: 'Entry text' })).toBeFocused();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('textbox', { name: 'Entry text' }).fill('A calm morning');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: 'Settings' })
        .click();
      await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('an entry can be written and saved with the keyboard alone', async ({ page }) => {
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'New entry' }).focus();
  await page.keyboard.press('Enter');
  // The editor loads on demand; a person types once it has taken the focus.
  await expect(page.getByRole('textbox', { name: 'Entry text' })).toBeFocused();
  await page.keyboard.type('Typed without a mouse');
  await page.keyboard.press('Tab');
  // The first mood radio; arrow keys move within the group.
  await expect(page.getByRole('radio', { name: /^1 / })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: /^2 / })).toBeChecked();
  await page.getByRole('button', { name: 'Save' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Typed without a mouse')).toBeVisible();
});
