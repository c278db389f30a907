/** Shared browser-test helpers: a page model for the journal, and raw IndexedDB reads. */
import { type BrowserContext, expect, type Page } from '@playwright/test';

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

/** One request the browser made, and whether the service worker made it. */
export interface RecordedRequest {
  url: string;
  fromServiceWorker: boolean;
  /** The named step it happened in. */
  step: string;
}

/**
 * Records every request of a browser context (its pages and its service worker) and every
 * Content-Security-Policy refusal, labelled with the step they happened in.
 */
export function recordRequests(context: BrowserContext) {
  const requests: RecordedRequest[] = [];
  const refusals: string[] = [];
  let step = 'start';
  const watchPage = (page: Page) => {
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()))
        refusals.push(`${step}: ${message.text()}`);
    });
    page.on('websocket', (socket) =>
      requests.push({ url: socket.url(), fromServiceWorker: false, step }),
    );
  };
  context.on('request', (request) =>
    requests.push({
      url: request.url(),
      fromServiceWorker: request.serviceWorker() !== null,
      step,
    }),
  );
  context.on('page', watchPage);
  context.pages().forEach(watchPage);
  return {
    requests,
    refusals,
    setStep(name: string) {
      step = name;
    },
    /** Requests that left `origin` (data: and blob: stay on the device). */
    offOrigin(origin: string): RecordedRequest[] {
      return requests.filter(
        (r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== origin,
      );
    },
  };
}
