import { expect, test } from '@playwright/test';
import { AUTOSAVE_DELAY_MS } from '../../src/features/journal/autosave';
import { JournalPage, rawDatabaseText } from './fixtures';

test.describe('the journal in a real browser', () => {
  test('an entry written and saved is there after a reload', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await journal.write('The first page of my own story', 4);
    await page.reload();
    await expect(journal.entryRow('The first page of my own story')).toBeVisible();
    await expect(journal.entryRow('Mood 4')).toBeVisible();
  });

  test('a draft survives a reload in the middle of typing', async ({ page }) => {
    // The page notes when the last key went in and when it was hidden, in sessionStorage
    // (which a reload keeps): the reload must come well inside the 600 ms autosave
    // debounce, so only the pagehide / visibilitychange flush can have saved the text.
    await page.addInitScript(() => {
      let lastInput = -1;
      addEventListener('input', () => (lastInput = performance.now()), true);
      addEventListener('pagehide', () => {
        if (lastInput >= 0) {
          sessionStorage.setItem(
            'test.msFromLastKeyToPagehide',
            String(performance.now() - lastInput),
          );
        }
      });
    });
    const journal = new JournalPage(page);
    await journal.open();
    await page.getByRole('button', { name: 'New entry' }).click();
    const text = page.getByRole('textbox', { name: 'Entry text' });
    await expect(text).toBeFocused();
    await text.pressSequentially('I was halfway through a sentence');
    // No waiting: reload straight after the last key.
    await page.reload();
    const gap = Number(
      await page.evaluate(() => sessionStorage.getItem('test.msFromLastKeyToPagehide')),
    );
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(AUTOSAVE_DELAY_MS / 2);
    await expect(page.getByText('An entry you started is kept as a draft.')).toBeVisible();
    await page.getByRole('button', { name: 'New entry' }).click();
    await expect(page.getByRole('textbox', { name: 'Entry text' })).toHaveValue(
      'I was halfway through a sentence',
    );
  });

  test('edit, delete and undo', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await journal.write('Draft of a letter I will not send');
    await page.getByRole('button', { name: 'Edit' }).click();
    await page
      .getByRole('textbox', { name: 'Entry text' })
      .fill('A letter I will not send, and that is fine');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('A letter I will not send, and that is fine')).toBeVisible();

    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete entry' }).click();
    await expect(page.getByText('Entry deleted.')).toBeVisible();
    await expect(journal.entryRow('A letter I will not send')).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(journal.entryRow('A letter I will not send, and that is fine')).toBeVisible();
    await page.reload();
    await expect(journal.entryRow('A letter I will not send, and that is fine')).toBeVisible();
  });

  test('search finds an entry by a word in it', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await journal.write('Walked by the river with my sister');
    await journal.backToJournal();
    await journal.write('A long day at work');
    await journal.backToJournal();
    await page.getByRole('searchbox', { name: 'Search entries' }).fill('rive');
    await expect(journal.entryRow('Walked by the river')).toBeVisible();
    await expect(journal.entryRow('A long day at work')).toHaveCount(0);
    await expect(page.getByText('1 of 2 entries')).toBeVisible();
  });

  test('real IndexedDB holds no readable entry text, feeling or mood', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await page.getByRole('button', { name: 'New entry' }).click();
    await page
      .getByRole('textbox', { name: 'Entry text' })
      .fill('He read my messages again tonight');
    await page.getByRole('checkbox', { name: 'Fear' }).check();
    await page.getByRole('checkbox', { name: 'Harm or incident' }).check();
    await page.getByRole('radio', { name: /^2 / }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('He read my messages again tonight')).toBeVisible();

    const raw = await rawDatabaseText(page);
    expect(raw).toContain('entries:');
    for (const secret of [
      'read my messages',
      'Fear',
      'Harm or incident',
      'hard',
      '"mood"',
      'text',
    ]) {
      expect(raw).not.toContain(secret);
    }
  });

  test('moving between views never adds to the tab history', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    const before = await page.evaluate(() => history.length);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Patterns', 'Reflect', 'Safety', 'Settings', 'Journal']) {
      await nav.getByRole('button', { name }).click();
    }
    await journal.write('nothing in the URL');
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(page.url()).toMatch(/\/$/);
  });
});
