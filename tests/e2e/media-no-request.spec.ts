/**
 * Photos and voice notes keep Keel's promise too: adding a photo, recording a voice note,
 * opening the entry after a reload and printing the report with photos sends no request to
 * any other origin (page or service worker), and the CSP refuses nothing.
 */
import { expect, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { JournalPage, recordRequests, waitForServiceWorker } from './fixtures';
import { withLocation } from './jpegFixture';

// A generated tone stands in for the microphone, with no permission prompt (this spec only).
test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  },
});

/** A JPEG drawn by the browser's canvas, with an EXIF location added. */
async function photo(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 40;
    canvas.height = 30;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillStyle = '#36c';
    context.fillRect(0, 0, 40, 30);
    const blob = await new Promise<Blob>((resolve) =>
      canvas.toBlob((b) => resolve(b as Blob), 'image/jpeg', 0.9),
    );
    let binary = '';
    for (const byte of new Uint8Array(await blob.arrayBuffer()))
      binary += String.fromCharCode(byte);
    return btoa(binary);
  });
  return Buffer.from(withLocation(Buffer.from(base64, 'base64'), 48.8584, 2.2945));
}

test('no request leaves the origin through the photo and voice screens', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const recorder = recordRequests(context);
  const journal = new JournalPage(page);

  recorder.setStep('open');
  await journal.open();
  await waitForServiceWorker(page);

  recorder.setStep('add a photo and record a voice note');
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('textbox', { name: 'Entry text' }).fill('The window, and what he said');
  await page.getByLabel('Add a photo or screenshot').setInputFiles({
    name: 'window.jpg',
    mimeType: 'image/jpeg',
    buffer: await photo(page),
  });
  await page.getByLabel('Short description (used as its alt text)').fill('The cracked window');
  await page.getByLabel('Short description (used as its alt text)').blur();
  await page.getByRole('button', { name: 'Record a voice note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recording, 0:01' })).toBeVisible();
  await page.getByRole('button', { name: 'Stop recording' }).click();
  await expect(page.getByLabel('Note beside the voice note')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();

  recorder.setStep('open the entry after a reload');
  await page.reload();
  await journal.entryRow('The window, and what he said').click();
  await expect(page.getByRole('img', { name: 'The cracked window' })).toBeVisible();
  await expect(page.locator('audio')).toBeVisible();

  recorder.setStep('print the report with photos');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await page.getByRole('button', { name: 'Printable report' }).click();
  await page.getByRole('checkbox', { name: 'Photos' }).check();
  const report = page.getByRole('article', { name: 'Report' });
  await expect(report.getByRole('img', { name: 'The cracked window' })).toBeVisible();
  await expect
    .poll(() =>
      report
        .getByRole('img', { name: 'The cracked window' })
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    )
    .toBeGreaterThan(0);

  expect(recorder.offOrigin(origin)).toEqual([]);
  expect(recorder.refusals).toEqual([]);
  expect(recorder.requests.filter((r) => !r.fromServiceWorker).length).toBeGreaterThan(0);
});
