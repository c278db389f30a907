// What this browser alone takes to write N sealed-size rows (12-byte IV, 900-byte
// ciphertext, a createdAt index) into IndexedDB: in one transaction (as an import does),
// with relaxed durability, and split into ten transactions. No Dexie, no app code: the
// floor under an import of N entries stored one row each. Reports; asserts nothing.
// Usage: npx vite build && node bench/idb-probe.mjs [rows=10000]
import { chromium } from '@playwright/test';
import { createAppServer } from '../scripts/serve.mjs';

const ROWS = Number(process.argv[2] ?? 10_000);
const PORT = Number(process.env.E2E_PORT ?? 4405);
const server = createAppServer('dist').listen(PORT, '127.0.0.1');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});

/** Runs in the page: writes the rows as `variant` says, returns the ms to the last commit. */
async function write({ variant, rows: count }) {
  const name = `probe-${crypto.randomUUID()}`;
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () =>
      request.result
        .createObjectStore('entries', { keyPath: 'id' })
        .createIndex('createdAt', 'createdAt');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const rows = Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    createdAt: i,
    iv: crypto.getRandomValues(new Uint8Array(12)),
    ct: crypto.getRandomValues(new Uint8Array(900)),
  }));
  const parts = variant === 'ten transactions' ? 10 : 1;
  const durability = variant === 'relaxed durability' ? 'relaxed' : 'default';
  const started = performance.now();
  for (let part = 0; part < parts; part += 1) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction('entries', 'readwrite', { durability });
      const store = tx.objectStore('entries');
      const size = Math.ceil(rows.length / parts);
      for (const row of rows.slice(part * size, (part + 1) * size)) store.put(row);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  const ms = performance.now() - started;
  db.close();
  indexedDB.deleteDatabase(name);
  return ms;
}

try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  for (let round = 0; round < 2; round += 1) {
    for (const variant of ['one transaction', 'relaxed durability', 'ten transactions']) {
      const ms = await page.evaluate(write, { variant, rows: ROWS });
      console.log(`${ROWS} rows, ${variant}: ${Math.round(ms)} ms`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
