// Keel's benchmark: `npm run bench` (1,000 and 10,000 entries), `npm run bench:large`
// (adds 100,000). Builds the app if needed, serves it with the bench seed page, drives
// Debian's Chromium through the scenarios, and writes bench/results/latest.{json,md}.
// A benchmark informs; it exits 0 whatever the numbers (--smoke: 1 if a scenario broke).
//
// Options: --large, --build (always rebuild), --no-build, --sizes 1000,10000, --runs N,
// --port N, --smoke (50 entries, 1 run, results in test-results/, for npm test), --help.
import { chromium } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeedPage, DIST, ensureAppBuild, ROOT } from './build.mjs';
import { benchInitScript } from './page.mjs';
import { markdown, summarise, worstOverBudget } from './report.mjs';
import {
  backup,
  frameGapBaseline,
  heapUsed,
  loadedBytes,
  openApp,
  passphraseUnlock,
  patterns,
  quickExit,
  quickExitBaseline,
  save,
  search,
  seedJournal,
  serviceWorkerState,
  settle,
  slowPhoneOpen,
  stubOtherOrigins,
  sumAssets,
  trackClicks,
  TYPED_TEXT,
  waitForMark,
} from './scenarios.mjs';
import { startBenchServer } from './server.mjs';
import { countImageUrls, photoScroll, seedPhotoJournal } from './media.mjs';

export const SEED = 20_240_611;
const KB = 1000;
const MB = 1_000_000;

/** Chromium flags: the same as the browser tests (CHROMIUM_ARGS in playwright.config.ts). */
function chromiumArgs() {
  const config = readFileSync(join(ROOT, 'playwright.config.ts'), 'utf8');
  const list = /CHROMIUM_ARGS\s*=\s*\[([\s\S]*?)\]/.exec(config)?.[1];
  const args = list ? [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]) : [];
  return args.length ? args : ['--headless', '--no-sandbox', '--disable-gpu'];
}

export function parseArgs(argv) {
  const value = (name) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const smoke = argv.includes('--smoke');
  const large = argv.includes('--large');
  const sizes = value('--sizes')
    ? value('--sizes').split(',').map(Number)
    : smoke
      ? [50]
      : large
        ? [1000, 10_000, 100_000]
        : [1000, 10_000];
  const e2e = process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 100 : 4504;
  return {
    smoke,
    sizes,
    runs: Number(value('--runs') ?? (smoke ? 1 : 5)),
    largeRuns: Number(value('--runs') ?? 3),
    port: Number(value('--port') ?? process.env.BENCH_PORT ?? e2e),
    build: argv.includes('--build') ? 'always' : argv.includes('--no-build') ? 'never' : 'auto',
    out: value('--out') ?? (smoke ? join(ROOT, 'test-results') : join(ROOT, 'bench', 'results')),
    name: smoke ? 'bench-smoke' : 'latest',
    typed: smoke ? 'Calm at last.' : TYPED_TEXT,
  };
}

function listAssets(dir = join(DIST, 'assets'), prefix = '/assets') {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory())
      out.push(...listAssets(join(dir, entry.name), `${prefix}/${entry.name}`));
    else out.push(`${prefix}/${entry.name}`);
  }
  return out;
}

/** Runs every scenario; returns samples (measure → size → values) and notes. */
export async function runBench(options, log = console.log) {
  const samples = {};
  const notes = {};
  const failures = [];
  const add = (id, size, value) => {
    samples[id] ??= {};
    samples[id][size] ??= [];
    if (value !== null && value !== undefined && Number.isFinite(value))
      samples[id][size].push(value);
  };
  const note = (id, size, text) => {
    add(id, size, null);
    notes[id] ??= {};
    notes[id][size] ??= text;
  };
  const trace = process.env.BENCH_TRACE
    ? (what) => log(`  ${what} ${Date.now() - t0} ms`)
    : () => {};
  const t0 = Date.now();
  /** Runs one scenario; a failure becomes a note (and fails --smoke), never a crash. */
  const attempt = async (ids, size, what, fn) => {
    try {
      return await fn();
    } catch (error) {
      const message = String(error?.message ?? error).split('\n')[0];
      failures.push(`${what} at ${size}: ${message}`);
      for (const id of ids) note(id, size, `failed: ${message}`);
      return undefined;
    } finally {
      trace(what);
    }
  };

  if (options.build === 'always') ensureAppBuild({ force: true, log });
  else if (options.build === 'auto') ensureAppBuild({ log });
  await buildSeedPage({ log });
  const server = await startBenchServer(options.port);
  const { origin } = server;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs(),
  });
  const downloads = join(tmpdir(), `keel-bench-${process.pid}`);
  mkdirSync(downloads, { recursive: true });

  const total = sumAssets(listAssets());
  add('jsTotalGzip', 'any', total.jsGzip / KB);
  add('jsTotalRaw', 'any', total.jsRaw / KB);
  add('cssTotalGzip', 'any', total.cssGzip / KB);
  add('cssTotalRaw', 'any', total.cssRaw / KB);
  let firstScreenFiles = null;

  const newContext = async (serviceWorkers) => {
    const context = await browser.newContext({
      serviceWorkers,
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    await context.addInitScript(benchInitScript);
    await stubOtherOrigins(context, origin);
    return context;
  };

  try {
    await attempt(
      ['quickExitBaseline', 'typingFrameGapBaseline'],
      'any',
      'method floors',
      async () => {
        const context = await newContext('block');
        const page = await context.newPage();
        await trackClicks(page);
        for (let run = 0; run < options.runs; run += 1) {
          add(
            'quickExitBaseline',
            'any',
            await quickExitBaseline(page, origin, { timeout: 30_000 }),
          );
          add('typingFrameGapBaseline', 'any', await frameGapBaseline(page, origin, options.typed));
        }
        await context.close();
      },
    );
    // The first visit on a slow phone: a fresh context each run (empty cache, no worker).
    await attempt(['slowFcp', 'slowLcp', 'slowTbt', 'slowCls'], 'any', 'slow phone', async () => {
      for (let run = 0; run < options.runs; run += 1) {
        const context = await newContext('block');
        try {
          const result = await slowPhoneOpen(context, origin, { timeout: 60_000 });
          add('slowFcp', 'any', result.fcp);
          add('slowLcp', 'any', result.lcp);
          add('slowTbt', 'any', result.tbt);
          add('slowCls', 'any', result.cls);
        } finally {
          await context.close();
        }
      }
    });
    for (const size of options.sizes) {
      const runs = size >= 100_000 ? Math.min(options.runs, options.largeRuns) : options.runs;
      const timeout = 30_000 + size * 2;
      log(`\n${size} entries, ${runs} run(s)`);

      // Online, without a service worker: every scenario but the offline open.
      const context = await newContext('block');
      const seedPage = await context.newPage();
      const seeded = await seedJournal(seedPage, origin, { seed: SEED, total: size, log });
      log(`  seeded in ${(seeded / 1000).toFixed(1)} s`);
      await seedPage.close();
      if (!options.smoke) {
        const warm = await context.newPage(); // not counted: fills the HTTP cache
        await openApp(warm, origin, { timeout });
        await warm.close();
      }
      for (let run = 0; run < runs; run += 1) {
        const page = await context.newPage();
        await trackClicks(page);
        const opened = await attempt(['onlineFirstScreen', 'unlock'], size, 'open', () =>
          openApp(page, origin, { timeout }),
        );
        if (!opened) {
          await page.close();
          continue;
        }
        add('onlineFirstScreen', size, opened.firstScreen);
        add('onlineDomReady', size, opened.domReady);
        add('unlock', size, opened.journalCount);
        if (!firstScreenFiles) {
          const first = await loadedBytes(page, opened.firstScreen);
          firstScreenFiles = first.files;
          add('jsFirstGzip', 'any', first.jsGzip / KB);
          add('jsFirstRaw', 'any', first.jsRaw / KB);
          add('cssFirstGzip', 'any', first.cssGzip / KB);
          add('cssFirstRaw', 'any', first.cssRaw / KB);
        }
        await settle(page);
        await attempt(['heap'], size, 'heap', async () =>
          add('heap', size, (await heapUsed(page)) / MB),
        );
        await attempt(['search'], size, 'search', async () =>
          add('search', size, await search(page, { timeout })),
        );
        await attempt(['patterns'], size, 'patterns', async () => {
          const result = await patterns(page, { timeout });
          add('patterns', size, result.ms);
          if (result.note) note('patterns', size, result.note);
        });
        await attempt(
          ['editorOpen', 'saveDraft', 'saveEntry', 'typingLongTask', 'typingFrameGap'],
          size,
          'save',
          async () => {
            const result = await save(page, { timeout, typed: options.typed });
            add('editorOpen', size, result.editorOpen);
            add('saveDraft', size, result.draftMs);
            add('saveEntry', size, result.entryMs);
            add('typingLongTask', size, result.longTask);
            add('typingFrameGap', size, result.longestFrame);
          },
        );
        await attempt(['quickExit'], size, 'quick exit', async () =>
          add('quickExit', size, await quickExit(page, { timeout })),
        );
        await page.close();
        log(`  run ${run + 1} done`);
      }

      // Backup, then the passphrase last, as it leaves the journal behind a lock.
      const lastPage = await context.newPage();
      const lastOpen = await attempt(['export', 'import', 'unlockPassphrase'], size, 'open', () =>
        openApp(lastPage, origin, { timeout }),
      );
      if (lastOpen) {
        // Up to three rounds on the same page: each merges the same journal back in.
        for (let round = 0; round < Math.min(3, runs); round += 1) {
          const went = await attempt(['export', 'import'], size, 'backup', async () => {
            const result = await backup(lastPage, { timeout, dir: downloads, size });
            if (result.skip) {
              note('export', size, result.skip);
              note('import', size, result.skip);
              return false;
            }
            add('export', size, result.exportMs);
            add('import', size, result.importMs);
            if (result.note && round === 0) {
              note('export', size, result.note);
              note('import', size, result.note);
            }
            return true;
          });
          if (!went) break;
        }
        await attempt(['unlockPassphrase'], size, 'passphrase unlock', async () => {
          const result = await passphraseUnlock(lastPage, origin, { timeout, runs });
          if (result.skip) note('unlockPassphrase', size, result.skip);
          else for (const value of result.values) add('unlockPassphrase', size, value);
        });
      }
      await lastPage.close();
      await context.close();

      // Offline through the service worker, in a context that allows one.
      await attempt(
        ['offlineFirstScreen', 'offlineWarmFirstScreen'],
        size,
        'offline open',
        async () => {
          const offline = await newContext('allow');
          try {
            const page = await offline.newPage();
            await seedJournal(page, origin, { seed: SEED, total: size });
            await openApp(page, origin, { timeout });
            let state = await serviceWorkerState(page);
            if (state === 'registered') {
              await openApp(page, origin, { timeout });
              state = await serviceWorkerState(page);
            }
            if (state !== 'controlled') {
              note(
                'offlineFirstScreen',
                size,
                state === 'none'
                  ? 'No service worker controls the page yet (the offline feature is not built).'
                  : 'The service worker did not take control of the page after a reload.',
              );
              return;
            }
            await offline.setOffline(true);
            for (let run = 0; run < runs; run += 1) {
              await page.goto(`${origin}/`);
              const ms = await waitForMark(page, 'firstScreen', timeout);
              if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
                throw new Error('The offline page was not served by the service worker');
              }
              add('offlineFirstScreen', size, ms);
            }
            // Warm: the worker, its cache and the browser's compiled code all used before.
            for (let run = 0; run < runs; run += 1) {
              await page.goto(`${origin}/`);
              add('offlineWarmFirstScreen', size, await waitForMark(page, 'firstScreen', timeout));
            }
          } finally {
            await offline.close();
          }
        },
      );

      // A journal whose every entry holds a photo: open it and scroll its list.
      const MEDIA = ['mediaScrollLongTask', 'mediaScrollFrameGap', 'mediaThumbsAtOpen'];
      await attempt([...MEDIA, 'mediaThumbsAfterScroll'], size, 'photos', async () => {
        const photos = await newContext('block');
        await photos.addInitScript(countImageUrls);
        try {
          const seedPage = await photos.newPage();
          const seeded = await seedPhotoJournal(seedPage, origin, { seed: SEED, total: size });
          log(`  seeded with photos in ${(seeded / 1000).toFixed(1)} s`);
          await seedPage.close();
          for (let run = 0; run < runs; run += 1) {
            const page = await photos.newPage();
            const result = await photoScroll(page, origin, { timeout });
            add('mediaScrollLongTask', size, result.longTask);
            add('mediaScrollFrameGap', size, result.longestFrame);
            add('mediaThumbsAtOpen', size, result.atOpen);
            add('mediaThumbsAfterScroll', size, result.afterScroll);
            note(
              'mediaThumbsAfterScroll',
              size,
              `of ${size}: ten screens scrolled (to row ${result.rowsPassed}), then a jump to the end`,
            );
            await page.close();
          }
        } finally {
          await photos.close();
        }
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { samples, notes, failures, firstScreenFiles };
}

/** Measures that may be skipped with a note while their feature is not built yet. */
const MAY_SKIP = new Set(['offlineFirstScreen', 'unlockPassphrase', 'export', 'import']);

const USAGE = `npm run bench [-- options]   (or: node bench/run.mjs [options])

  --sizes 1000,10000   journal sizes to measure (default 1000,10000)
  --large              add 100,000 entries (npm run bench:large)
  --runs N             runs per size (default 5; 3 at 100,000)
  --port N             where to serve the build (default 4504; BENCH_PORT, or E2E_PORT + 100)
  --build / --no-build always rebuild / never build (default: build if dist/ is older than src/)
  --smoke              50 entries, 1 run, results in test-results/ (npm test runs this)
  --help               this text

Writes bench/results/latest.json and latest.md; exits 0 whatever the numbers.`;

export async function main(argv = process.argv.slice(2)) {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseArgs(argv);
  const started = Date.now();
  const loadBefore = loadavg()[0];
  const result = await runBench(options);
  const rows = summarise(result.samples, result.notes);
  const table = markdown(rows);
  const meta = {
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    date: new Date().toISOString(),
    sizes: options.sizes,
    runs: options.runs,
    seed: SEED,
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
    seconds: Math.round((Date.now() - started) / 1000),
    loadAverage: [loadBefore, loadavg()[0]].map((x) => Math.round(x * 10) / 10),
    units: 'KB = 1,000 bytes (gzip: level 9); MB = 1,000,000 bytes; ms from performance.now()',
    firstScreenFiles: result.firstScreenFiles,
  };
  mkdirSync(options.out, { recursive: true });
  writeFileSync(
    join(options.out, `${options.name}.json`),
    `${JSON.stringify({ meta, rows, failures: result.failures }, null, 2)}\n`,
  );
  const worst = worstOverBudget(rows);
  const header = [
    `# Keel benchmark`,
    '',
    `\`${meta.command}\` on ${meta.date.slice(0, 10)}, ${meta.machine}; ${options.runs} runs per size (median, spread min–max), seed ${SEED}, ${meta.seconds} s in all; load average ${meta.loadAverage.join(' → ')} (the machine is shared: figures are noisy).`,
    `Units: ${meta.units}.`,
    '',
  ].join('\n');
  const worstText = worst.length
    ? `\nFurthest over budget: ${worst.map((r) => `${r.label} at ${r.size} entries (${Math.round(r.median)} ${r.unit}, budget ${r.budget})`).join('; ')}.\n`
    : '\nEvery measured figure is within its budget.\n';
  const floorNote =
    '\nFigures at or below their method floor (the same measure on a bare page) are left out of "furthest over budget": on this machine they measure the machine.\n';
  writeFileSync(
    join(options.out, `${options.name}.md`),
    `${header}\n${table}\n${worstText}${floorNote}`,
  );
  console.log(`\n${table}\n${worstText}`);
  if (result.failures.length)
    console.log(`Scenarios that broke:\n- ${result.failures.join('\n- ')}`);

  if (options.smoke) {
    const missing = rows
      .filter(
        (r) => r.median === null && !(MAY_SKIP.has(r.id) && r.note && !r.note.startsWith('failed')),
      )
      .map((r) => `${r.id} at ${r.size}`);
    if (result.failures.length || missing.length) {
      console.log(
        `The benchmark harness is broken: ${[...result.failures, ...missing].join('; ')}`,
      );
      return 1;
    }
    console.log('The benchmark harness ran every scenario and produced numbers.');
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(process.argv.includes('--smoke') ? 1 : 0);
    },
  );
}
