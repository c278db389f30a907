/* global MiniSearch */
// Measures the options of docs/decisions/0024-large-journals.md in real Chromium:
// what opening and searching N entries costs today (one sealed row per entry) against
// sealing entries in packs, a persisted index, and work in a worker. Reports; asserts nothing.
// Usage: node bench/scale-options.mjs [count=100000] [pack=500]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const COUNT = Number(process.argv[2] ?? 100_000);
const PACK = Number(process.argv[3] ?? 500);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MINISEARCH = readFileSync(join(ROOT, 'node_modules/minisearch/dist/umd/index.js'), 'utf8');
const PORT = Number(process.env.E2E_PORT ?? 4405) + 200;

const PAGE = `<!doctype html><meta charset="utf-8"><title>options</title>
<script src="/minisearch.js"></script>`;

const WORKER = `importScripts('/minisearch.js');
onmessage = (event) => {
  const { texts } = event.data;
  const t0 = performance.now();
  const index = new MiniSearch({ fields: ['text'] });
  index.addAll(texts.map((text, id) => ({ id, text })));
  postMessage({ buildMs: performance.now() - t0 });
  onmessage = (q) => {
    const t = performance.now();
    const ids = Int32Array.from(index.search(q.data, { prefix: true }).map((h) => h.id));
    postMessage({ ids, ms: performance.now() - t }, [ids.buffer]);
  };
};`;

const server = createServer((request, response) => {
  if (request.url === '/minisearch.js') {
    response.setHeader('content-type', 'text/javascript');
    response.end(MINISEARCH);
  } else if (request.url === '/worker.js') {
    response.setHeader('content-type', 'text/javascript');
    response.end(WORKER);
  } else {
    response.setHeader('content-type', 'text/html');
    response.end(PAGE);
  }
}).listen(PORT, '127.0.0.1');

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const result = await page.evaluate(
    async ({ n, pack }) => {
      const out = {};
      const time = async (name, fn) => {
        const t0 = performance.now();
        const value = await fn();
        out[name] = Math.round(performance.now() - t0);
        return value;
      };
      const enc = new TextEncoder();
      const dec = new TextDecoder();
      const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
        'encrypt',
        'decrypt',
      ]);
      const words = 'river door quiet phone sister morning rain tired kitchen letter'.split(' ');
      const entries = Array.from({ length: n }, (_, i) => ({
        id: crypto.randomUUID(),
        createdAt: i,
        updatedAt: i,
        happenedAt: i,
        text: Array.from({ length: 80 }, (_, j) => words[(i * 7 + j * 3 + (i >> 4)) % 10]).join(
          ' ',
        ),
        mood: (i % 5) + 1,
        feelings: ['f01'],
        events: [],
      }));
      const seal = async (value, aad) => {
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const ct = new Uint8Array(
          await crypto.subtle.encrypt(
            { name: 'AES-GCM', iv, additionalData: enc.encode(aad) },
            key,
            enc.encode(JSON.stringify(value)),
          ),
        );
        return { iv, ct };
      };
      const open = (row, aad) =>
        crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: row.iv, additionalData: enc.encode(aad) },
          key,
          row.ct,
        );

      // Today: one sealed row per entry.
      const rows = await time('seal one row per entry', () =>
        Promise.all(
          entries.map(async (e) => ({
            id: e.id,
            createdAt: e.createdAt,
            ...(await seal(e, e.id)),
          })),
        ),
      );
      // Option: packs of `pack` entries, one sealed row each.
      const packs = await time(`seal packs of ${pack}`, async () => {
        const list = [];
        for (let i = 0; i < n; i += pack) {
          list.push({ id: `p${i}`, ...(await seal(entries.slice(i, i + pack), `p${i}`)) });
        }
        return list;
      });

      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open('options', 1);
        r.onupgradeneeded = () => {
          r.result
            .createObjectStore('rows', { keyPath: 'id' })
            .createIndex('createdAt', 'createdAt');
          r.result.createObjectStore('packs', { keyPath: 'id' });
        };
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const put = (store, list) =>
        new Promise((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const row of list) tx.objectStore(store).put(row);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      const getAll = (store) =>
        new Promise((resolve) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result);
        });
      await time('write rows', () => put('rows', rows));
      await time('write packs', () => put('packs', packs));

      // Longest main-thread task while something runs (PerformanceObserver longtask).
      const longest = async (name, fn) => {
        let max = 0;
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) max = Math.max(max, e.duration);
        });
        observer.observe({ type: 'longtask' });
        const value = await time(name, fn);
        await new Promise((r) => setTimeout(r, 50));
        observer.disconnect();
        out[`${name}: longest task`] = Math.round(max);
        return value;
      };

      const stored = await longest('read all rows (IndexedDB)', () => getAll('rows'));
      const plains = await longest('decrypt one row per entry', () =>
        Promise.all(stored.map((r) => open(r, r.id))),
      );
      await longest('parse one row per entry', () => plains.map((p) => JSON.parse(dec.decode(p))));
      const storedPacks = await longest('read all packs (IndexedDB)', () => getAll('packs'));
      const packPlains = await longest('decrypt packs', () =>
        Promise.all(storedPacks.map((r) => open(r, r.id))),
      );
      await longest('parse packs', () => packPlains.map((p) => JSON.parse(dec.decode(p))));
      out['first pack: read+decrypt+parse'] = await (async () => {
        const t0 = performance.now();
        const r = await new Promise((resolve) => {
          const q = db
            .transaction('packs')
            .objectStore('packs')
            .get(`p${n - pack - ((n - pack) % pack)}`);
          q.onsuccess = () => resolve(q.result);
        });
        JSON.parse(dec.decode(await open(r, r.id)));
        return Math.round(performance.now() - t0);
      })();

      // Search index: built each time (main thread), or persisted (sealed JSON), or in a worker.
      const index = await longest('MiniSearch addAll (main thread)', () => {
        const ms = new MiniSearch({ fields: ['text'] });
        ms.addAll(entries.map((e) => ({ id: e.id, text: e.text })));
        return ms;
      });
      const t0 = performance.now();
      index.search('sister', { prefix: true });
      out['MiniSearch one search, common word'] = Math.round(performance.now() - t0);
      const json = await time('MiniSearch toJSON + stringify', () => JSON.stringify(index));
      out['persisted index, MB of JSON'] = Math.round(json.length / 1e5) / 10;
      const sealedIndex = await time('seal persisted index', () => seal(json, 'index'));
      await longest('open persisted index (decrypt+loadJSON)', async () => {
        const plain = JSON.parse(dec.decode(await open(sealedIndex, 'index')));
        return MiniSearch.loadJSON(plain, { fields: ['text'] });
      });
      const worker = new Worker('/worker.js');
      const texts = entries.map((e) => e.text);
      await longest(
        'worker: send texts and build',
        () =>
          new Promise((resolve) => {
            worker.onmessage = (e) => resolve(e.data);
            worker.postMessage({ texts });
          }),
      );
      await time(
        'worker: one search round trip, common word',
        () =>
          new Promise((resolve) => {
            worker.onmessage = (e) => resolve(e.data);
            worker.postMessage('sister');
          }),
      );
      worker.terminate();
      db.close();
      return out;
    },
    { n: COUNT, pack: PACK },
  );
  console.log(`${COUNT} entries, packs of ${PACK}, ${new Date().toISOString()}`);
  console.table(result);
} finally {
  await browser.close();
  server.close();
}
