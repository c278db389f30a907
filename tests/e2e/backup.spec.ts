import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { JournalPage } from './fixtures';

const PASSPHRASE = 'blue heron at dawn';

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { name: 'Backups and exports' })).toBeVisible();
}

async function importBackup(page: Page, file: string, passphrase: string): Promise<void> {
  await page.getByLabel('Backup file').setInputFiles(file);
  await page.getByLabel('Passphrase for this backup').fill(passphrase);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

async function importDaylio(page: Page): Promise<void> {
  await openSettings(page);
  await page.getByLabel('Daylio CSV file').setInputFiles('tests/fixtures/daylio-export.csv');
  await page.getByRole('button', { name: 'Read Daylio file' }).click();
  await expect(page.getByLabel('Mood for “awful”')).toHaveValue('1');
  await expect(page.getByLabel('Mood for “rad”')).toHaveValue('5');
  await page.getByLabel('Mood for “okayish”').selectOption('4');
  await page.getByLabel('Activity “sister” becomes').selectOption({ label: 'Leave it out' });
  await page.getByRole('button', { name: 'Import from Daylio' }).click();
  await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
}

test.describe('backups in a real browser', () => {
  test('a backup exported here imports into a fresh browser with every entry', async ({
    page,
    browser,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const journal = new JournalPage(page);
    await journal.open();
    await journal.write('The kitchen window and the first snow', 4);
    await journal.backToJournal();
    await journal.write('<script>alert(1)</script> stays words ✨ \u202Eodd', 2);
    await openSettings(page);
    await expect(page.getByText('No backup has been made from this device yet.')).toBeVisible();
    await page.getByLabel('Backup passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Backup passphrase again').fill(PASSPHRASE);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.keel$/);
    const file = await download.path();
    await expect(page.getByText(/^Last backup made on /)).toBeVisible();
    // Format 2: a header line, then the journal in encrypted chunks.
    const head = readFileSync(file).subarray(0, 4096).toString('latin1').split('\n');
    expect(head[0]).toBe('KEEL-BACKUP');
    expect(JSON.parse(head[1] ?? '')).toMatchObject({ format: 2, app: 'keel' });

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    other.on('request', (request) => requests.push(request.url()));
    const otherJournal = new JournalPage(other);
    await otherJournal.open();
    await openSettings(other);

    await importBackup(other, file, 'not the passphrase');
    await expect(other.getByRole('alert')).toHaveText(
      /That passphrase does not open this backup\..*Your journal has not been changed\./,
    );

    await other.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
    await other.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(otherJournal.entryRow('The kitchen window and the first snow')).toBeVisible();
    await expect(otherJournal.entryRow('<script>alert\\(1\\)</script> stays words')).toBeVisible();
    expect(await other.locator('script:text("alert(1)")').count()).toBe(0);

    // A journal with writing in it asks: merge keeps both sides.
    await otherJournal.write('Written only on the second device');
    await openSettings(other);
    await importBackup(other, file, PASSPHRASE);
    await other.getByRole('button', { name: 'Merge' }).click();
    await expect(otherJournal.entryRow('Written only on the second device')).toBeVisible();
    await expect(otherJournal.entryRow('The kitchen window and the first snow')).toHaveCount(1);

    // Replace offers a backup of what is there first.
    await openSettings(other);
    await importBackup(other, file, PASSPHRASE);
    await other.getByRole('button', { name: 'Replace' }).click();
    await expect(other.getByRole('button', { name: 'Replace my journal' })).toBeDisabled();
    const safety = other.waitForEvent('download');
    await other.getByRole('button', { name: 'Download a backup of this journal first' }).click();
    expect((await safety).suggestedFilename()).toMatch(/^before-restore-.*\.keel$/);
    // A download can be blocked or cancelled: replace waits until the person has the file.
    await expect(other.getByRole('button', { name: 'Replace my journal' })).toBeDisabled();
    await other.getByLabel('I can see the backup file in my downloads').check();
    await other.getByRole('button', { name: 'Replace my journal' }).click();
    await expect(otherJournal.entryRow('The kitchen window and the first snow')).toBeVisible();
    await expect(otherJournal.entryRow('Written only on the second device')).toHaveCount(0);
    await fresh.close();
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual(
      [],
    );
  });

  test('a file that is not a backup is refused kindly and changes nothing', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await journal.write('Still here afterwards');
    await openSettings(page);
    await importBackup(page, 'tests/fixtures/daylio-export.csv', PASSPHRASE);
    await expect(page.getByRole('alert')).toHaveText(
      /This file is not a Keel backup, so nothing was imported\./,
    );
    await journal.backToJournal();
    await expect(journal.entryRow('Still here afterwards')).toBeVisible();
  });

  test('a Daylio CSV imports with the moods chosen for it', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await importDaylio(page);
    await expect(journal.entryRow('A bad night')).toContainText('Mood 1');
    await expect(journal.entryRow('Tired.')).toContainText('Mood 3');
    await expect(journal.entryRow('Sunday')).toContainText('Mood 5');
    await expect(journal.entryRow('=SUM')).toContainText('Mood 4');
  });

  test('the printable report shows the chosen dates only', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await importDaylio(page);
    await openSettings(page);
    await page.getByRole('button', { name: 'Printable report' }).click();
    await page.getByLabel('Report from').fill('2026-11-01');
    await page.getByLabel('Report to').fill('2026-11-02');
    const report = page.getByRole('article', { name: 'Report' });
    await expect(report.getByText('2 entries', { exact: false })).toBeVisible();
    await expect(report.getByText(/Walked by the river/)).toBeVisible();
    await expect(report.getByText('Tired.')).toBeVisible();
    await expect(report.getByText(/A bad night/)).toHaveCount(0);
    await expect(report.getByText(/=SUM/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();

    await page.getByLabel('Report to').fill('2026-11-03');
    const incidents = page.getByRole('region', { name: 'Incident log' });
    await expect(incidents).toContainText('No entries in these dates record harm');
  });

  test('the backup section and the report pass an accessibility check', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await journal.write('Something to show', 3);
    await openSettings(page);
    await page.getByRole('button', { name: 'Readable export' }).click();
    await expect(page.getByText('These files are not encrypted.', { exact: false })).toBeVisible();
    const settings = await new AxeBuilder({ page }).include('.backup').analyze();
    expect(settings.violations).toEqual([]);
    await page.getByRole('button', { name: 'Printable report' }).click();
    await expect(page.getByRole('heading', { name: 'Journal report' })).toBeVisible();
    const report = await new AxeBuilder({ page }).include('.report-view').analyze();
    expect(report.violations).toEqual([]);
  });
});
