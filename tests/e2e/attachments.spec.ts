import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { JournalPage, rawDatabaseText } from './fixtures';
import { FIXTURE_DEVICE, withLocation } from './jpegFixture';

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

const BACKUP_PHRASE = 'a calm river in the morning';

/** A real JPEG drawn by the browser's canvas, then given an EXIF block with a location. */
async function photoWithLocation(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillStyle = '#c33';
    context.fillRect(0, 0, 64, 48);
    const blob = await new Promise<Blob>((resolve) =>
      canvas.toBlob((b) => resolve(b as Blob), 'image/jpeg', 0.9),
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  });
  return Buffer.from(withLocation(Buffer.from(base64, 'base64'), 51.5007, -0.1246));
}

async function newEntryWithPhoto(page: Page, text: string, description: string) {
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('textbox', { name: 'Entry text' }).fill(text);
  await page.getByLabel('Add a photo or screenshot').setInputFiles({
    name: 'door.jpg',
    mimeType: 'image/jpeg',
    buffer: await photoWithLocation(page),
  });
  await expect(page.getByRole('note').filter({ hasText: 'GPS location' })).toBeVisible();
  await page.getByLabel('Short description (used as its alt text)').fill(description);
  await page.getByLabel('Short description (used as its alt text)').blur();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
}

test.describe('photos and voice notes in a real browser', () => {
  test('a photo with a location is sealed at rest, told about, and shown after a reload', async ({
    page,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await newEntryWithPhoto(page, 'The door after last night', 'The dented door, hallway');

    const photo = page.getByRole('img', { name: 'The dented door, hallway' });
    await expect(photo).toBeVisible();
    await expect(page.getByText(/^SHA-256 when added:/)).toBeVisible();

    // Nothing of the image, its EXIF block or its description is readable in storage.
    await expect
      .poll(async () => (await rawDatabaseText(page)).includes('attachmentChunks: '))
      .toBe(true);
    const raw = await rawDatabaseText(page);
    for (const plain of [FIXTURE_DEVICE, 'Exif', 'JFIF', 'dented door', 'image/jpeg']) {
      expect(raw).not.toContain(plain);
    }

    await page.reload();
    await journal.entryRow('The door after last night').click();
    const again = page.getByRole('img', { name: 'The dented door, hallway' });
    await expect(again).toBeVisible();
    await expect
      .poll(() => again.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(64);
    await expect(page.getByText(/GPS location/)).toBeVisible();
    // The list shows a small thumbnail once the row is near the screen.
    await journal.backToJournal();
    await expect(
      page.getByRole('region', { name: 'Entries' }).locator('.entry-thumb img'),
    ).toBeVisible();

    // The readable zip holds the photo without its EXIF block.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await page.getByRole('button', { name: 'Readable export' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as a zip with photos and voice notes' }).click();
    const zip = unzipSync(readFileSync(await (await downloading).path()));
    const photos = Object.keys(zip).filter((name) => name.endsWith('.jpg'));
    expect(photos).toHaveLength(1);
    const exported = Buffer.from(zip[photos[0] as string] as Uint8Array).toString('latin1');
    expect(exported).not.toContain(FIXTURE_DEVICE);
    expect(exported).not.toContain('Exif');
    expect(exported.startsWith('\xff\xd8')).toBe(true);
  });

  test('a voice note is recorded from the microphone and plays after a reload', async ({
    page,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('textbox', { name: 'Entry text' }).fill('Said out loud right after');
    await page.getByRole('button', { name: 'Record a voice note' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Recording, 0:02' })).toBeVisible();
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByLabel('Note beside the voice note').fill('In the car, shaking');
    await page.getByLabel('Note beside the voice note').blur();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();

    await page.reload();
    await journal.entryRow('Said out loud right after').click();
    await expect(page.getByText('In the car, shaking')).toBeVisible();
    const player = page.locator('audio');
    await expect(player).toBeVisible();
    await expect
      .poll(() => player.evaluate((audio: HTMLAudioElement) => audio.readyState))
      .toBeGreaterThanOrEqual(1);
    await player.evaluate((audio: HTMLAudioElement) => audio.play());
    await expect
      .poll(() => player.evaluate((audio: HTMLAudioElement) => audio.currentTime))
      .toBeGreaterThan(0);
  });

  test('locking lets go of the photo’s object URL at once', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await newEntryWithPhoto(page, 'Before leaving', 'A screenshot of the message');
    const src = await page
      .getByRole('img', { name: 'A screenshot of the message' })
      .getAttribute('src');
    expect(src).toMatch(/^blob:/);
    await page.getByRole('button', { name: 'Lock' }).click();
    // An image can still load from a live object URL; a revoked one fails.
    const stillThere = await page.evaluate(
      (url) =>
        new Promise<boolean>((resolve) => {
          const img = new Image();
          img.onload = () => resolve(true);
          img.onerror = () => resolve(false);
          img.src = url as string;
        }),
      src,
    );
    expect(stillThere).toBe(false);
  });

  test('a backup with a photo is restored in a fresh browser', async ({ page, browser }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await newEntryWithPhoto(page, 'Kept for later', 'The torn jacket');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await page.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PHRASE);
    await page.getByLabel('Backup passphrase again').fill(BACKUP_PHRASE);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup' }).click();
    const file = await (await downloading).path();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const otherJournal = new JournalPage(other);
    await otherJournal.open();
    await other
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await other.getByLabel('Backup file').setInputFiles(file);
    await other.getByLabel('Passphrase for this backup').fill(BACKUP_PHRASE);
    await other.getByRole('button', { name: 'Import', exact: true }).click();
    await otherJournal.entryRow('Kept for later').click();
    const restored = other.getByRole('img', { name: 'The torn jacket' });
    await expect(restored).toBeVisible();
    await expect
      .poll(() => restored.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(64);
    await fresh.close();
  });
});
