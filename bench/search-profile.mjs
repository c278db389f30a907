// Where a search's time goes: seeds N entries (the bench's journal), opens the app, types the
// bench's word with a CPU profile running, and prints the functions that took the most time
// and the search's figure. Usage: npx vite build && node bench/search-profile.mjs [count=10000]
import { chromium } from '@playwright/test';
import { buildSeedPage } from './build.mjs';
import { benchInitScript } from './page.mjs';
import { openApp, search, seedJournal, settle, stubOtherOrigins } from './scenarios.mjs';
import { startBenchServer } from './server.mjs';

const COUNT = Number(process.argv[2] ?? 10_000);
const INCLUSIVE_ROWS = Number(process.env.INCLUSIVE_ROWS ?? 40);
const PORT = Number(process.env.E2E_PORT ?? 4405) + 300;
await buildSeedPage({ log: () => undefined });
const server = await startBenchServer(PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(benchInitScript);
  await stubOtherOrigins(context, server.origin);
  const seedPage = await context.newPage();
  await seedJournal(seedPage, server.origin, { seed: 20_240_611, total: COUNT });
  await seedPage.close();
  const page = await context.newPage();
  const timeout = 30_000 + COUNT * 2;
  const opened = await openApp(page, server.origin, { timeout });
  console.log(
    'first screen',
    Math.round(opened.firstScreen),
    'count',
    Math.round(opened.journalCount),
  );
  await settle(page);
  const figures = [];
  for (let i = 0; i < 3; i += 1) figures.push(Math.round(await search(page, { timeout })));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 3; i += 1) figures.push(Math.round(await search(page, { timeout })));
  const { profile } = await cdp.send('Profiler.stop');
  console.log('search ms', figures.join(' '));
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const f = node.callFrame;
    const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  // Inclusive time: each sample counts once for every function on its stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame;
      const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
    }
  });
  console.log('inclusive ms (with callees):');
  for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, INCLUSIVE_ROWS))
    console.log(ms.toFixed(1).padStart(8), name);
  console.log('self ms:');
  const top = [...self]
    .filter(([n]) => !n.startsWith('(idle)') && !n.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25);
  for (const [name, ms] of top) console.log(ms.toFixed(1).padStart(8), name);
} finally {
  await browser.close();
  await server.close?.();
}
