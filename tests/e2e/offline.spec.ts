import { expect, test } from '@playwright/test';
import { JournalPage, waitForServiceWorker } from './fixtures';

test.describe('offline, with the service worker', () => {
  test('the service worker controls the page after the first load', async ({ page }) => {
    await new JournalPage(page).open();
    await waitForServiceWorker(page);
    const script = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
    expect(new URL(script).pathname).toBe('/sw.js');
  });

  test('with the network gone the app opens, takes an entry, and keeps it', async ({
    page,
    context,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await waitForServiceWorker(page);

    await context.setOffline(true);
    const offline = await page.reload();
    expect(offline?.status()).toBe(200);
    // The network is really gone: a file the worker does not hold cannot be fetched. (This
    // Chromium keeps navigator.onLine true for a page its service worker serves offline.)
    const reached = await page.evaluate(() =>
      fetch(`/not-precached-${Date.now()}.txt`, { cache: 'no-store' }).then(
        () => 'reached',
        () => 'unreachable',
      ),
    );
    expect(reached).toBe('unreachable');
    await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
    // The lazily loaded views come from the precache too.
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Patterns', 'Reflect', 'Safety', 'Settings']) {
      await nav.getByRole('button', { name }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await journal.backToJournal();
    await journal.write('Written with no network at all', 3);

    await context.setOffline(false);
    await page.reload();
    await expect(journal.entryRow('Written with no network at all')).toBeVisible();
  });
});

test.describe('two tabs, one newer', () => {
  // Without the worker, the second tab can open a plain file instead of the app.
  test.use({ serviceWorkers: 'block' });

  test('a tab holding an older database is asked to reload, calmly', async ({ page, context }) => {
    await new JournalPage(page).open();
    // Words typed just before: still inside the autosave's pause when the other tab asks.
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('textbox', { name: 'Entry text' }).fill('typed as the other tab opened');
    const newer = await context.newPage();
    await newer.goto('/icon-32.png'); // the same origin, without the app
    const upgraded = await newer.evaluate(async () => {
      const current = await new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('keel');
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
        request.onerror = () => reject(request.error);
      });
      return new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('keel', current + 1);
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version - current);
        };
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('the older tab did not step aside'));
      });
    });
    expect(upgraded).toBe(1);
    await expect(page.getByRole('alert')).toContainText('Reload to go on');
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New entry' })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Entry text' })).toHaveCount(0);
    // The draft was written (sealed) before the older tab stepped aside.
    const drafts = await newer.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('keel');
          request.onsuccess = () => {
            const db = request.result;
            const count = db.transaction('drafts').objectStore('drafts').count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
            count.onerror = () => reject(count.error);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    expect(drafts).toBe(1);
  });
});
