/** Shared browser-test helpers: a page model for the journal, and raw IndexedDB reads. */
import { expect, type Page } from '@playwright/test';

export class JournalPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('button', { name: 'New entry' })).toBeVisible();
  }

  async write(text: string, mood?: 1 | 2 | 3 | 4 | 5): Promise<void> {
    await this.page.getByRole('button', { name: 'New entry' }).click();
    await this.page.getByRole('textbox', { name: 'Entry text' }).fill(text);
    if (mood) {
      await this.page
        .getByRole('radiogroup', { name: 'Mood' })
        .getByRole('radio', { name: new RegExp(`^${mood} `) })
        .check();
    }
    await this.page.getByRole('button', { name: 'Save' }).click();
    await expect(this.page.getByRole('button', { name: 'Edit' })).toBeVisible();
  }

  async backToJournal(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Journal' })
      .click();
  }

  entryRow(text: string) {
    return this.page
      .getByRole('region', { name: 'Entries' })
      .getByRole('button', { name: new RegExp(text) });
  }
}

/** Every row of every object store, as text a snoop with developer tools would see. */
export async function rawDatabaseText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('keel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = [...db.objectStoreNames];
    const parts: string[] = [];
    const text = (value: unknown): string => {
      if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
        return new TextDecoder().decode(value);
      }
      if (value && typeof value === 'object') return Object.values(value).map(text).join(' ');
      return String(value);
    };
    for (const name of stores) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      parts.push(`${name}: ${rows.map(text).join('\n')}`);
    }
    db.close();
    return parts.join('\n');
  });
}

/** Waits until a service worker controls the page (the first load is claimed: clientsClaim). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
        once: true,
      }),
    );
  });
}
