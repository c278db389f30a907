import { expect, type Page, test } from '@playwright/test';
import { JournalPage } from './fixtures';
import { setPassphraseInSettings } from './vaultHelpers';

const OFFER = 'Would you like a passphrase?';
const BACKUP_PASSPHRASE = 'river stone lantern';
const LOCKED_PASSPHRASE = 'the one I forgot';

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { name: 'Backups and exports' })).toBeVisible();
}

/** True when the whole element is inside the first screen, without scrolling. */
async function onFirstScreen(page: Page, name: string): Promise<boolean> {
  const box = await page.getByRole('button', { name, exact: true }).boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

test.describe('the passphrase offer', () => {
  for (const size of [
    { width: 390, height: 844 },
    { width: 320, height: 568 },
  ]) {
    test(`stays after a reload, with its buttons on the first screen at ${size.width}x${size.height}`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await new JournalPage(page).open();
      const offer = page.getByRole('region', { name: OFFER });
      await expect(offer).toBeVisible();
      await page.reload();
      await expect(offer).toBeVisible();
      expect(await onFirstScreen(page, 'Set a passphrase')).toBe(true);
      expect(await onFirstScreen(page, 'Not now')).toBe(true);
      await page.getByRole('button', { name: 'Not now' }).click();
      await expect(offer).toHaveCount(0);
      await page.reload();
      await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
      await expect(offer).toHaveCount(0);
    });
  }
});

test('Forgotten passphrase: a backup file takes the locked journal’s place, from the lock screen', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Not now' }).click();
  await journal.write('Kept safe in the backup');
  await openSettings(page);
  await page.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
  await page.getByLabel('Backup passphrase again').fill(BACKUP_PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = await (await downloading).path();

  await journal.backToJournal();
  await journal.write('Written after the backup');
  await setPassphraseInSettings(page, LOCKED_PASSPHRASE);
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();

  await page.getByRole('button', { name: 'Forgotten passphrase' }).click();
  const help = page.getByRole('region', { name: 'If the passphrase is forgotten' });
  await expect(help).toContainText('cannot be opened without its passphrase');
  await expect(help.getByRole('region', { name: 'Delete everything' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();

  await help.getByLabel('Backup file', { exact: true }).setInputFiles(file);
  await help.getByLabel('Passphrase for this backup').fill(BACKUP_PASSPHRASE);
  await help.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(help.getByText(/holds 1 entry/)).toBeVisible();
  await help.getByRole('button', { name: 'Replace the locked journal' }).click();
  await expect(journal.entryRow('Kept safe in the backup')).toBeVisible();
  await expect(journal.entryRow('Written after the backup')).toHaveCount(0);

  // From now on the journal opens with the backup's passphrase.
  await page.reload();
  await page.getByLabel('Passphrase').fill(BACKUP_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(journal.entryRow('Kept safe in the backup')).toBeVisible();
});
