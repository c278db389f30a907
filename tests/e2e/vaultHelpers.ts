/** Browser-test helpers for the lock and quick exit: raw storage as hex, the exit stub. */
import type { Page } from '@playwright/test';

export const EXIT_URL = 'https://www.bbc.com/weather';
export const EXIT_STUB_TEXT = 'An ordinary weather page';

/** Serves a tiny local page for the exit address, so no test ever leaves the machine. */
export async function stubExitPage(page: Page, url = EXIT_URL): Promise<void> {
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Weather</title><p>${EXIT_STUB_TEXT}</p>`,
    }),
  );
}

/** Every byte of every row of every store, as one hex string (what a snoop could dump). */
export async function rawDatabaseHex(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('keel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const hex = (bytes: Uint8Array) =>
      [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    const dump = (value: unknown): string => {
      if (value instanceof Uint8Array) return hex(value);
      if (value instanceof ArrayBuffer) return hex(new Uint8Array(value));
      if (value && typeof value === 'object') return Object.values(value).map(dump).join('|');
      return hex(new TextEncoder().encode(String(value)));
    };
    const parts: string[] = [];
    for (const name of [...db.objectStoreNames]) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      parts.push(rows.map(dump).join('\n'));
    }
    db.close();
    return parts.join('\n');
  });
}

/** The keyring row as stored: its protection and the raw key bytes (hex) when unwrapped. */
export async function keyringRow(
  page: Page,
): Promise<{ protection: string; rawKeyHex: string | null; kdf: unknown }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('keel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const row = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const request = db.transaction('meta').objectStore('meta').get('keyring');
      request.onsuccess = () => resolve(request.result as Record<string, unknown>);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const raw = row.rawKey;
    const kdf = row.kdf as Record<string, unknown> | undefined;
    return {
      protection: String(row.protection),
      rawKeyHex:
        raw instanceof Uint8Array
          ? [...raw].map((b) => b.toString(16).padStart(2, '0')).join('')
          : null,
      kdf: kdf
        ? { memoryKiB: kdf.memoryKiB, iterations: kdf.iterations, parallelism: kdf.parallelism }
        : null,
    };
  });
}

/** Sets a passphrase through Settings, the way a person would. */
export async function setPassphraseInSettings(page: Page, passphrase: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  const section = page.getByRole('region', { name: 'Lock and passphrase' });
  await section.getByRole('button', { name: 'Set a passphrase' }).click();
  await section.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await section.getByLabel('New passphrase again').fill(passphrase);
  await section.getByRole('button', { name: 'Set passphrase' }).click();
  await section.getByText('A passphrase is set.').waitFor();
}
