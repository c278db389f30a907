import { expect, type Page, test } from '@playwright/test';
import { JournalPage } from './fixtures';

/** Flips one bit in the ciphertext of one stored row, through IndexedDB in the page. */
async function flipBit(page: Page, store: string, id: string): Promise<void> {
  await page.evaluate(
    async ({ store, id }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('keel');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        const objects = tx.objectStore(store);
        const get = objects.get(id);
        get.onsuccess = () => {
          const row = get.result as { ct: Uint8Array };
          const ct = new Uint8Array(row.ct);
          ct[ct.length >> 1] = (ct[ct.length >> 1] ?? 0) ^ 0x04;
          objects.put({ ...row, ct });
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, id },
  );
}

/** The id of the stored entry row (ids are plain; the text is not). */
async function entryIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('keel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = db.transaction('entries').objectStore('entries').getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return keys.map(String);
  });
}

test('a bit flipped in the settings and in one entry: the journal opens, says so, and backs up', async ({
  page,
}) => {
  const journal = new JournalPage(page);
  await journal.open();
  await journal.write('The first entry stays');
  await journal.backToJournal();
  const [first] = await entryIds(page);
  await journal.write('The second entry will be damaged');
  await journal.backToJournal();
  const damaged = (await entryIds(page)).find((id) => id !== first);
  if (!first || !damaged) throw new Error('expected two entries');

  await flipBit(page, 'settings', 'settings');
  await flipBit(page, 'entries', damaged);
  await page.reload();

  await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
  const notice = page.getByRole('note', { name: 'Some things could not be opened' });
  await expect(notice).toContainText('Your settings could not be opened');
  await expect(notice).toContainText('1 saved item could not be opened');
  await expect(journal.entryRow('The first entry stays')).toBeVisible();
  await expect(journal.entryRow('The second entry will be damaged')).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await page.getByLabel('Backup passphrase', { exact: true }).fill('blue heron at dawn');
  await page.getByLabel('Backup passphrase again').fill('blue heron at dawn');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.keel$/);
  await expect(page.getByText(/2 damaged records could not be included/)).toBeVisible();
});
