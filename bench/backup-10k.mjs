// Times "Export backup" and "Import" with 10,000 entries in real Chromium, through the UI.
// Reports; asserts nothing. Usage: npx vite build && node bench/backup-10k.mjs [count]
// (e.g. 100000: the file is format 2, written and read in chunks, so any size imports).
// Each time includes Argon2id with the app's default parameters (64 MiB, t=3) in its
// worker; an empty journal is timed too, so the KDF's share can be read off.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createAppServer } from '../scripts/serve.mjs';

const COUNT = Number(process.argv[2] ?? 10_000);
const PORT = Number(process.env.E2E_PORT ?? 4405);
const BASE = `http://127.0.0.1:${PORT}/`;
const PASSPHRASE = 'a bench passphrase';

async function seed(page, count) {
  await page.evaluate(async (n) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('keel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const keyring = await new Promise((resolve) => {
      const request = db.transaction('meta').objectStore('meta').get('keyring');
      request.onsuccess = () => resolve(request.result);
    });
    const key = await crypto.subtle.importKey('raw', keyring.rawKey, 'AES-GCM', false, ['encrypt']);
    const encoder = new TextEncoder();
    const words = ['river', 'door', 'quiet', 'phone', 'sister', 'morning', 'rain', 'tired'];
    const start = Date.UTC(2020, 0, 1);
    let rows = [];
    // Written in batches, so 100,000 entries never sit in one transaction or one array.
    const flush = () =>
      new Promise((resolve, reject) => {
        const tx = db.transaction('entries', 'readwrite');
        for (const row of rows) tx.objectStore('entries').put(row);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
    for (let i = 0; i < n; i += 1) {
      const id = crypto.randomUUID();
      const t = start + i * 5 * 3_600_000;
      const text = Array.from({ length: 80 }, (_, j) => words[(i * 7 + j * 3) % 8]).join(' ');
      const entry = {
        id,
        createdAt: t,
        updatedAt: t,
        happenedAt: t,
        text,
        mood: (i % 5) + 1,
        feelings: ['f01', 'f06'].slice(0, i % 3),
        events: i % 4 === 0 ? ['e01'] : [],
      };
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const ct = new Uint8Array(
        await crypto.subtle.encrypt(
          { name: 'AES-GCM', iv, additionalData: encoder.encode(`keel/v1/entries/${id}`) },
          key,
          encoder.encode(JSON.stringify(entry)),
        ),
      );
      rows.push({ id, createdAt: t, iv, ct });
      if (rows.length === 5000) {
        await flush();
        rows = [];
      }
    }
    if (rows.length > 0) await flush();
    db.close();
  }, count);
}

async function openApp(page) {
  await page.goto(BASE);
  await page.getByRole('button', { name: 'New entry' }).waitFor();
}

async function openSettings(page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await page.getByRole('button', { name: 'Export backup' }).waitFor();
}

async function timeExport(page, dir, label) {
  await openSettings(page);
  await page.getByLabel('Backup passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Backup passphrase again').fill(PASSPHRASE);
  const downloading = page.waitForEvent('download', { timeout: 600_000 });
  const t0 = performance.now();
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloading;
  const ms = performance.now() - t0;
  const file = join(dir, `${label}.keel`);
  await download.saveAs(file);
  return { ms, file };
}

async function timeImport(browser, file, expected) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page);
  await openSettings(page);
  await page.getByLabel('Backup file').setInputFiles(file);
  await page.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
  const t0 = performance.now();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  // The count is written as the language writes numbers ("10,000"); either form matches.
  const number = `(${expected}|${expected.toLocaleString('en')})`;
  const done = new RegExp(`^The backup is in\\. Your journal has ${number} entr(y|ies)\\.$`);
  await page.getByText(done).waitFor({ state: 'attached', timeout: 600_000 });
  const ms = performance.now() - t0;
  await context.close();
  return ms;
}

const server = createAppServer('dist').listen(PORT, '127.0.0.1');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const dir = mkdtempSync(join(tmpdir(), 'keel-bench-'));
try {
  const results = [];
  for (const count of [0, COUNT]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openApp(page);
    if (count > 0) {
      await seed(page, count);
      await openApp(page);
    }
    const made = await timeExport(page, dir, `n${count}`);
    await context.close();
    const importMs = await timeImport(browser, made.file, count);
    results.push({ entries: count, exportMs: Math.round(made.ms), importMs: Math.round(importMs) });
  }
  console.table(results);
} finally {
  await browser.close();
  server.close();
}
