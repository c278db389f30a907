// Times the Patterns analysis, and the Patterns view from render to data-ready, in real
// Chromium over generated entries. Usage: node bench/patterns.mjs [count=10000]
// Reports figures; asserts nothing (budgets are docs/design.md's, read by people).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const count = Number(process.argv[2] ?? 10_000);
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}node_modules/.tmp/bench-patterns`;

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  plugins: [react()],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: `${root}bench/patterns-entry.tsx`,
      name: 'PatternsBench',
      formats: ['iife'],
      fileName: () => 'bench.js',
    },
  },
});

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: readFileSync(`${outDir}/bench.js`, 'utf8') });
  const analysis = await page.evaluate((n) => window.PatternsBench.timeAnalysis(n, 25), count);
  const views = [];
  for (let i = 0; i < 5; i += 1) {
    views.push(await page.evaluate((n) => window.PatternsBench.timeView(n), count));
  }
  views.sort((a, b) => a - b);
  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log(`Patterns over ${count} entries in Chromium:`);
  console.log(
    `  analysis (every part, computePatterns): median ${ms(analysis.analysisMedian)}, fastest ${ms(analysis.analysisMin)}, slowest ${ms(analysis.analysisMax)}`,
  );
  console.log(`  whole story selection: median ${ms(analysis.storyMedian)}`);
  console.log(
    `  view, render to data-ready (charts drawn): median ${ms(views[2])}, fastest ${ms(views[0])}; runs ${views.map(ms).join(', ')}`,
  );
} finally {
  await browser.close();
}
