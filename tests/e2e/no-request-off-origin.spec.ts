/**
 * Keel's promise: no request ever leaves the device's own origin (DESIGN.md, non-negotiable 1).
 * This walks through every view and action the app has while recording every request of the
 * page and its service worker, and fails on any to another origin.
 *
 * Keep it current: when you add a view or an action, add a step to STEPS below.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { JournalPage, recordRequests, waitForServiceWorker } from './fixtures';

interface Step {
  name: string;
  run(at: { page: Page; context: BrowserContext; journal: JournalPage }): Promise<void>;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

const STEPS: Step[] = [
  {
    name: 'open the app, and let the service worker take charge',
    run: async ({ page, journal }) => {
      await journal.open();
      await waitForServiceWorker(page);
    },
  },
  {
    name: 'write an entry with a mood, a feeling and an event',
    run: async ({ page }) => {
      await page.getByRole('button', { name: 'New entry' }).click();
      await page.getByRole('textbox', { name: 'Entry text' }).fill('A walk by the water');
      await page.getByRole('checkbox', { name: 'Calm' }).check();
      await page.getByRole('checkbox', { name: 'Self-care' }).check();
      await page.getByRole('radio', { name: /^4 / }).check();
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
    },
  },
  {
    name: 'edit the entry',
    run: async ({ page }) => {
      await page.getByRole('button', { name: 'Edit' }).click();
      await page.getByRole('textbox', { name: 'Entry text' }).fill('A long walk by the water');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('A long walk by the water')).toBeVisible();
    },
  },
  {
    name: 'leave a draft half written',
    run: async ({ page, journal }) => {
      await journal.backToJournal();
      await page.getByRole('button', { name: 'New entry' }).click();
      await page.getByRole('textbox', { name: 'Entry text' }).pressSequentially('Not finished');
      await journal.backToJournal();
    },
  },
  {
    name: 'search',
    run: async ({ page, journal }) => {
      await page.getByRole('searchbox', { name: 'Search entries' }).fill('wat');
      await expect(journal.entryRow('A long walk by the water')).toBeVisible();
      await page.getByRole('searchbox', { name: 'Search entries' }).fill('');
    },
  },
  {
    name: 'filter by mood and feeling',
    run: async ({ page, journal }) => {
      await page.getByText('Filter', { exact: true }).click();
      await page.getByRole('checkbox', { name: /^4 / }).check();
      await page
        .getByRole('group', { name: 'Feelings' })
        .getByRole('checkbox', { name: 'Calm' })
        .check();
      await expect(journal.entryRow('A long walk by the water')).toBeVisible();
    },
  },
  {
    name: 'open an entry from the list, then go back',
    run: async ({ page, journal }) => {
      await journal.entryRow('A long walk by the water').click();
      await page.getByRole('button', { name: 'Back to journal' }).click();
    },
  },
  {
    name: 'open every main view',
    run: async ({ page }) => {
      for (const name of ['Patterns', 'Reflect', 'Safety', 'Settings', 'Journal']) {
        await nav(page).getByRole('button', { name }).click();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      }
    },
  },
  {
    name: 'settings: add and rename a feeling, look at storage, ask to keep it',
    run: async ({ page }) => {
      await nav(page).getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('textbox', { name: 'New feeling' }).fill('Restless');
      await page.getByRole('button', { name: 'Add feeling' }).click();
      await page.getByRole('textbox', { name: 'Name of “Restless”' }).fill('Unsettled');
      await page.getByRole('button', { name: 'Rename' }).click();
      const storage = page.getByRole('region', { name: 'Storage on this device' });
      await expect(storage.getByText(/Keel uses about/)).toBeVisible();
      const ask = storage.getByRole('button', { name: 'Ask the browser to keep it' });
      if (await ask.isVisible()) await ask.click();
    },
  },
  {
    name: 'go offline, reload, and write',
    run: async ({ page, context, journal }) => {
      await context.setOffline(true);
      await page.reload();
      await journal.backToJournal();
      await journal.write('Written offline');
      await context.setOffline(false);
    },
  },
  {
    name: 'reload online, and look for an update',
    run: async ({ page, journal }) => {
      await page.reload();
      await expect(journal.entryRow('Written offline')).toBeVisible();
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
    },
  },
];

test('no request leaves the origin in any view or action', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const recorder = recordRequests(context);
  const journal = new JournalPage(page);
  for (const step of STEPS) {
    recorder.setStep(step.name);
    await test.step(step.name, () => step.run({ page, context, journal }));
  }

  expect(recorder.offOrigin(origin)).toEqual([]);
  expect(recorder.refusals).toEqual([]);
  // The recording saw both the page's requests and the service worker's own.
  expect(recorder.requests.filter((r) => !r.fromServiceWorker).length).toBeGreaterThan(0);
  expect(recorder.requests.filter((r) => r.fromServiceWorker).length).toBeGreaterThan(0);
});

test('the recording notices a request to another origin', async ({ page, context, baseURL }) => {
  const recorder = recordRequests(context);
  const own = new URL(baseURL ?? '');
  await page.goto(`${own.protocol}//${own.host}/icon-32.png`);
  expect(recorder.offOrigin(own.origin)).toEqual([]);
  // localhost is the same server, but another origin than 127.0.0.1: it must be flagged.
  await page.goto(`${own.protocol}//localhost:${own.port}/icon-32.png`);
  expect(recorder.offOrigin(own.origin).map((r) => new URL(r.url).hostname)).toContain('localhost');
});
