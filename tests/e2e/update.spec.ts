/**
 * An update, end to end: two real builds that differ only by KEEL_BUILD_TAG, served from one
 * origin whose root switches from build A to build B, as a deploy would.
 */
import { expect, type Page, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createAppServer } from '../../scripts/serve.mjs';
import { JournalPage, waitForServiceWorker } from './fixtures';

const BUILDS = { a: 'dist-update-a', b: 'dist-update-b' } as const;
let root: string = BUILDS.a;
let origin = '';
const server = createAppServer(() => root);

function build(tag: keyof typeof BUILDS): void {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', BUILDS[tag], '--emptyOutDir'], {
    env: { ...process.env, KEEL_BUILD_TAG: `update-${tag}` },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build ${tag} failed:\n${result.stderr}`);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  build('a');
  build('b');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test.beforeEach(() => {
  root = BUILDS.a;
});

async function openOnBuildA(page: Page): Promise<JournalPage> {
  await page.goto(`${origin}/`);
  await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
  await waitForServiceWorker(page);
  return new JournalPage(page);
}

async function versionShown(page: Page): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  const text = await page.getByText(/Version /).textContent();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Journal' })
    .click();
  return text?.match(/Version (\S+)\./)?.[1] ?? '';
}

/** Deploys build B and lets the page's worker look for it (as the browser does on its own). */
async function deployBuildB(page: Page): Promise<void> {
  root = BUILDS.b;
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

test('an update shows a calm notice, waits, and keeps a draft typed before the reload', async ({
  page,
}) => {
  const journal = await openOnBuildA(page);
  expect(await versionShown(page)).toBe('0.1.0+update-a');
  await journal.write('Saved before the update');

  await deployBuildB(page);
  const notice = page.getByRole('status').filter({ hasText: 'An update is ready' });
  await expect(notice).toBeVisible();

  // Until the person chooses, the old version keeps working.
  expect(await versionShown(page)).toBe('0.1.0+update-a');
  await page.getByRole('button', { name: 'New entry' }).click();
  await page
    .getByRole('textbox', { name: 'Entry text' })
    .pressSequentially('Half a thought, typed as the update arrived');
  await Promise.all([
    page.waitForEvent('load'),
    notice.getByRole('button', { name: 'Reload now' }).click(),
  ]);

  await expect(page.getByText('An entry you started is kept as a draft.')).toBeVisible();
  await expect(page.getByText('An update is ready')).toHaveCount(0);
  expect(await versionShown(page)).toBe('0.1.0+update-b');
  await expect(journal.entryRow('Saved before the update')).toBeVisible();
  await page.getByRole('button', { name: 'New entry' }).click();
  await expect(page.getByRole('textbox', { name: 'Entry text' })).toHaveValue(
    'Half a thought, typed as the update arrived',
  );
});

test('a second tab still on the old version is asked to reload once the first has updated', async ({
  page,
  context,
}) => {
  await openOnBuildA(page);
  const other = await context.newPage();
  await openOnBuildA(other);

  await deployBuildB(page);
  await expect(page.getByText('An update is ready')).toBeVisible();
  await expect(other.getByText('An update is ready')).toBeVisible();

  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Reload now' }).click(),
  ]);
  expect(await versionShown(page)).toBe('0.1.0+update-b');

  const notice = other.getByRole('status').filter({ hasText: 'Keel was updated in another tab' });
  await expect(notice).toBeVisible();
  await Promise.all([
    other.waitForEvent('load'),
    notice.getByRole('button', { name: 'Reload now' }).click(),
  ]);
  expect(await versionShown(other)).toBe('0.1.0+update-b');
});
