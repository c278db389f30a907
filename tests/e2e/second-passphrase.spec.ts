import { expect, type Page, test } from '@playwright/test';
import { JournalPage } from './fixtures';
import { setPassphraseInSettings } from './vaultHelpers';

const REAL = 'a lantern by the sea';
const SECOND = 'tea and toast on sunday';
const REAL_WORDS = 'lighthouse';
const SECOND_WORDS = 'bought bread and milk';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
}

/** "Keel uses about 1.2 MB" → bytes. */
async function usedBytes(page: Page): Promise<number> {
  const line = page.getByText(/Keel uses about/);
  await expect(line).toBeVisible();
  const match = /about ([\d.,]+)\s*(kB|MB|GB|byte)/.exec(await line.innerText());
  if (!match) throw new Error('no storage line');
  const unit = { byte: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[match[2] as 'kB'];
  return Number(match[1]!.replace(',', '')) * unit;
}

/** Random letters, so a row's size is what its text says (ciphertext does not compress). */
function longText(length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz ';
  let text = '';
  for (let i = 0; i < length; i += 1) text += letters[Math.floor(Math.random() * letters.length)];
  return text;
}

/** With SECOND_SCREENSHOTS set: Settings at 390 px, scrolled to `text`, for a person to look at. */
async function screenshotSettings(page: Page, name: string, text: string): Promise<void> {
  if (!process.env.SECOND_SCREENSHOTS) return;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByText(text, { exact: true }).first().scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  await page.screenshot({ path: `test-results/${name}.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe('a second passphrase', () => {
  test.setTimeout(300_000);

  test('opens a separate journal that never shows the real one, and a wrong passphrase opens neither', async ({
    page,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await page.getByRole('button', { name: 'Not now' }).click();
    for (const [text, mood] of [
      [`The ${REAL_WORDS} again, after the shouting`, 2],
      [`A walk to the ${REAL_WORDS} alone`, 4],
      [`${REAL_WORDS} ${longText(300_000)}`, 3],
    ] as const) {
      await journal.write(text, mood);
      await journal.backToJournal();
    }
    await setPassphraseInSettings(page, REAL);

    // Set it, in the real journal's Lock and passphrase.
    const lockSection = page.getByRole('region', { name: 'Lock and passphrase' });
    await lockSection.getByRole('button', { name: 'Set a second passphrase' }).click();
    await lockSection.getByLabel('Second passphrase', { exact: true }).fill(SECOND);
    await lockSection.getByLabel('Second passphrase again').fill(SECOND);
    await screenshotSettings(page, 'second-390-real-form', 'Second passphrase again');
    await lockSection.getByRole('button', { name: 'Save second passphrase' }).click();
    await expect(lockSection.getByText('A second passphrase is set.')).toBeVisible();
    await expect(lockSection.getByRole('button', { name: 'Remove passphrase' })).toHaveCount(0);
    const realUsage = await usedBytes(page);
    await screenshotSettings(page, 'second-390-real', 'A second passphrase');

    // The real journal's Staying safe says what developer tools could still see.
    await page.getByRole('button', { name: 'Staying safe on this device' }).click();
    await expect(page.getByText('A second passphrase, and what it cannot hide')).toBeVisible();

    // The second journal: empty of the real one's words, and written in.
    await lock(page);
    await unlock(page, SECOND);
    await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
    await expect(page.getByText('No entries yet.', { exact: false })).toBeVisible();
    await journal.write(SECOND_WORDS, 3);
    await journal.backToJournal();
    await expect(journal.entryRow(SECOND_WORDS)).toBeVisible();
    await expect(page.getByText('1 entry', { exact: true })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(REAL_WORDS);

    // Search finds nothing of the real journal.
    await page.getByRole('searchbox', { name: 'Search entries' }).fill(REAL_WORDS);
    await expect(page.getByText('0 of 1 entries')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('shouting');
    await page.getByRole('searchbox', { name: 'Search entries' }).fill('');

    // Patterns count only the second journal.
    await nav(page, 'Patterns');
    const patterns = page.getByRole('region', { name: 'Patterns' });
    await expect(patterns).toBeVisible();
    await expect(patterns).not.toContainText(REAL_WORDS);
    await expect(patterns).not.toContainText(/\b[34] entries\b/);

    // Settings: an ordinary Lock and passphrase, no word of a second one, its own storage line.
    await nav(page, 'Settings');
    const settings = page.getByRole('region', { name: 'Settings' });
    await expect(lockSection.getByRole('button', { name: 'Change passphrase' })).toBeVisible();
    await expect(settings).not.toContainText(/second/i);
    await expect(settings).not.toContainText(REAL_WORDS);
    await expect(settings.getByText('No backup has been made from this device yet.')).toBeVisible();
    const secondUsage = await usedBytes(page);
    expect(secondUsage).toBeLessThan(realUsage - 200_000);
    await screenshotSettings(page, 'second-390-second', 'Lock and passphrase');
    await page.getByRole('button', { name: 'Staying safe on this device' }).click();
    await expect(page.getByRole('heading', { name: 'Staying safe on this device' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/second/i);

    // The real passphrase opens the real journal, without the second one's words.
    await lock(page);
    await unlock(page, REAL);
    await expect(journal.entryRow('after the shouting')).toBeVisible();
    await expect(page.getByText('3 entries')).toBeVisible();
    await expect(page.locator('body')).not.toContainText(SECOND_WORDS);

    // A wrong passphrase opens neither.
    await lock(page);
    await unlock(page, 'neither of the two');
    await expect(page.getByText('That passphrase did not open Keel.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(REAL_WORDS);
    await expect(page.locator('body')).not.toContainText(SECOND_WORDS);
  });
});
