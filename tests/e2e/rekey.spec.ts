import { expect, type Page, test } from '@playwright/test';
import { JournalPage } from './fixtures';
import { keyringRow } from './vaultHelpers';

const PASSPHRASE = 'harbour velvet ninety lantern';
const COUNT = 3000;

/**
 * Writes `count` entries the way Keel seals them (AES-GCM under the data key, bound to
 * table and id), using the raw key a journal without a passphrase keeps in IndexedDB.
 */
async function seedEntries(page: Page, count: number): Promise<void> {
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('keel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const keyring = await new Promise<{ rawKey: Uint8Array<ArrayBuffer> }>((resolve, reject) => {
      const request = db.transaction('meta').objectStore('meta').get('keyring');
      request.onsuccess = () => resolve(request.result as { rawKey: Uint8Array<ArrayBuffer> });
      request.onerror = () => reject(request.error);
    });
    const key = await crypto.subtle.importKey('raw', keyring.rawKey, 'AES-GCM', false, ['encrypt']);
    const encoder = new TextEncoder();
    const start = Date.UTC(2024, 0, 1);
    const rows = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const id = `seed-${String(i).padStart(5, '0')}`;
        const at = start + i * 3_600_000;
        const entry = {
          id,
          createdAt: at,
          updatedAt: at,
          happenedAt: at,
          text: `Entry ${i}. ${'A long evening of writing things down. '.repeat(40)}`,
          mood: (i % 5) + 1,
          feelings: [],
          events: [],
        };
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const ct = await crypto.subtle.encrypt(
          { name: 'AES-GCM', iv, additionalData: encoder.encode(`keel/v1/entries/${id}`) },
          key,
          encoder.encode(JSON.stringify(entry)),
        );
        return { id, createdAt: at, iv, ct: new Uint8Array(ct) };
      }),
    );
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('entries', 'readwrite');
      for (const row of rows) tx.objectStore('entries').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

test('a re-key interrupted by a reload while it writes leaves a journal that opens, every entry readable', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Not now' }).click();
  await seedEntries(page, COUNT);
  await page.reload();
  await expect(page.getByText(`${COUNT} entries`)).toBeVisible({ timeout: 30_000 });
  const before = await keyringRow(page);

  // The moment the one write transaction starts putting rows, the page reloads.
  await page.evaluate(() => {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('keel:rekey-writing').length > 0) location.reload();
    }).observe({ type: 'mark' });
  });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  const section = page.getByRole('region', { name: 'Lock and passphrase' });
  await section.getByRole('button', { name: 'Set a passphrase' }).click();
  await section.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await section.getByLabel('New passphrase again').fill(PASSPHRASE);
  const reloaded = page.waitForEvent('framenavigated', { timeout: 60_000 });
  await section.getByRole('button', { name: 'Set passphrase' }).click();
  await reloaded;

  // Old key or new, never neither: the journal opens, and every entry reads.
  const locked = page.getByRole('heading', { name: 'Keel is locked' });
  const open = page.getByRole('button', { name: 'New entry' });
  await expect(locked.or(open)).toBeVisible({ timeout: 30_000 });
  const after = await keyringRow(page);
  if (await locked.isVisible()) {
    expect(after.protection).toBe('passphrase');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
  } else {
    expect(after).toEqual(before);
  }
  test.info().annotations.push({ type: 'outcome', description: after.protection });
  await expect(page.getByText(`${COUNT} entries`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/could not be opened/)).toHaveCount(0);
});
