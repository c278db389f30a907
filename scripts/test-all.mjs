// Runs every check and test suite in order, then prints one closing line:
// "N passed, N failed" (each static check counts as one test). Exits 1 if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
// Names of failed tests, printed again at the very end: CI keeps only the tail of the output.
const failedTests = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return child.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  results.passed += report.numPassedTests ?? 0;
  // A file that failed to load has no test results of its own: count it as one failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  ).length;
  results.failed += (report.numFailedTests ?? 0) + brokenFiles;
  for (const result of report.testResults ?? []) {
    const file = result.name.replace(`${process.cwd()}/`, '');
    if (result.status === 'failed' && (result.assertionResults ?? []).length === 0) {
      failedTests.push(`${file}: did not load (${firstLine(result.message)})`);
    }
    for (const test of result.assertionResults ?? []) {
      if (test.status === 'failed') {
        failedTests.push(`${file} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
      }
    }
  }
  results.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return (report.numTotalTests ?? 0) > 0;
}

function firstLine(text = '') {
  return (
    String(text)
      .split('\n')
      .find((line) => line.trim()) ?? ''
  );
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const { stats } = report;
  results.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  results.failed += stats.unexpected ?? 0;
  results.skipped += stats.skipped ?? 0;
  collectPlaywrightFailures(report.suites ?? []);
  return (stats.expected ?? 0) + (stats.unexpected ?? 0) > 0;
}

function collectPlaywrightFailures(suites) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const error = test.results?.at(-1)?.error?.message;
        failedTests.push(`${spec.file}:${spec.line} › ${spec.title}: ${firstLine(error)}`);
      }
    }
    collectPlaywrightFailures(suite.suites ?? []);
  }
}

mkdirSync('test-results', { recursive: true });
for (const f of ['test-results/unit.json', 'test-results/e2e.json']) rmSync(f, { force: true });

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
check('format', npx, ['prettier', '--check', '.']);
check('types', npx, ['tsc', '-b']);
check('lint', npx, ['eslint', '.', '--max-warnings', '0']);
check('layers', npx, ['depcruise', 'src', '--output-type', 'err']);

const unitOk = run('unit and component tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/unit.json',
]);
if (!countVitest('test-results/unit.json') || !unitOk) {
  if (!existsSync('test-results/unit.json')) {
    results.failed += 1;
  }
  failures.push('unit and component tests');
}

const chromium = ensureChromium();
if (chromium) process.env.CHROME_PATH = chromium;

if (!chromium) {
  console.log('\n=== browser tests and benchmark harness: not run, no Chromium');
  results.failed += 1;
  failures.push('browser tests (no Chromium)');
} else if (run('build', npx, ['vite', 'build'])) {
  results.passed += 1;
  const e2eOk = run('browser tests', npx, ['playwright', 'test']);
  if (!countPlaywright('test-results/e2e.json')) {
    results.failed += 1;
    failures.push('browser tests (no report)');
  } else if (!e2eOk) failures.push('browser tests');
  // The benchmark is not run here, but its generator and every scenario are, at 50 entries.
  check('benchmark harness at 50 entries', process.execPath, [
    'bench/run.mjs',
    '--smoke',
    '--no-build',
  ]);
} else {
  results.failed += 1;
  failures.push('build');
}

const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
const line = `${results.passed} passed, ${results.failed} failed${skipped}`;
writeFileSync('test-results/summary.txt', `${line}\n`);
if (failures.length) console.log(`\nDid not pass: ${failures.join(', ')}`);
for (const name of failedTests) console.log(`  failed: ${name.slice(0, 400)}`);
console.log(`\n${line}`);
process.exit(results.failed > 0 || failures.length > 0 ? 1 : 0);
