/**
 * Keel's promise: no request ever leaves the device's own origin (docs/design.md, rule 1).
 * This walks through every view and action the app has while recording every request of the
 * page and its service worker, and fails on any to another origin but one: the last step's
 * quick exit, which must go to exactly the exit page (served by a local stub).
 *
 * Keep it current: when you add a view or an action, add a step to STEPS below.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { JournalPage, recordRequests, waitForServiceWorker } from './fixtures';
import { EXIT_STUB_TEXT, EXIT_URL, setPassphraseInSettings, stubExitPage } from './vaultHelpers';

interface Step {
  name: string;
  run(at: { page: Page; context: BrowserContext; journal: JournalPage }): Promise<void>;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

const PASSPHRASE = 'a quiet harbour at dusk';
const QUICK_EXIT_STEP = 'quick exit';
const BACKUP_PASSPHRASE = 'gulls over the pier';
/** The encrypted backup downloaded in one step and imported in a later one. */
let backupFile = '';

async function openSettings(page: Page): Promise<void> {
  await nav(page).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Backups and exports' })).toBeVisible();
}

async function writeWith(page: Page, text: string, mood: number, tags: string[]): Promise<void> {
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('textbox', { name: 'Entry text' }).fill(text);
  await page
    .getByRole('radiogroup', { name: 'Mood' })
    .getByRole('radio', { name: new RegExp(`^${mood} `) })
    .check();
  for (const name of tags) await page.getByRole('checkbox', { name, exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
}

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
      await page.getByRole('button', { name: 'Show all feelings' }).click();
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
    name: 'delete the entry, then Undo',
    run: async ({ page, journal }) => {
      await page.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Delete entry' }).click();
      await expect(page.getByText('Entry deleted.')).toBeVisible();
      await expect(journal.entryRow('A long walk by the water')).toHaveCount(0);
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect(journal.entryRow('A long walk by the water')).toBeVisible();
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
    name: 'settings: add and rename a feeling, hide a feeling and an event, look at storage, ask to keep it',
    run: async ({ page }) => {
      await nav(page).getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('textbox', { name: 'New feeling' }).fill('Restless');
      await page.getByRole('button', { name: 'Add feeling' }).click();
      await page.getByRole('textbox', { name: 'Name of “Restless”' }).fill('Unsettled');
      await page.getByRole('button', { name: 'Rename' }).click();
      for (const name of ['Unsettled', 'Self-care']) {
        const hide = page
          .getByRole('listitem')
          .filter({ has: page.getByRole('textbox', { name: `Name of “${name}”` }) })
          .getByRole('checkbox', { name: 'Hide from pickers' });
        // The box shows the stored tag, so it turns on once the write is done: click, then wait.
        await hide.click();
        await expect(hide).toBeChecked();
      }
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
  {
    name: 'set a passphrase, lock, and unlock',
    run: async ({ page, journal }) => {
      await setPassphraseInSettings(page, PASSPHRASE);
      await page.getByRole('button', { name: 'Lock' }).click();
      await expect(page.getByRole('heading', { name: 'Keel is locked' })).toBeVisible();
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect(journal.entryRow('Written offline')).toBeVisible();
    },
  },
  {
    name: 'settings: change the tab title and the exit page',
    run: async ({ page }) => {
      await openSettings(page);
      await page.getByLabel('Tab title and icon').selectOption('Notes');
      await expect(page).toHaveTitle('Notes');
      await page.getByLabel('Quick exit page').fill('https://example.org/news');
      await page.getByRole('button', { name: 'Save exit page' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0);
    },
  },
  {
    name: 'read Staying safe on this device',
    run: async ({ page }) => {
      await page.getByRole('button', { name: 'Staying safe on this device' }).click();
      await expect(
        page.getByRole('heading', { name: 'Staying safe on this device' }),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Back to settings' }).click();
      await expect(page.getByRole('heading', { name: 'Backups and exports' })).toBeVisible();
    },
  },
  {
    name: 'write hard days, then longing and self-blame: the whole story and a gentle note',
    run: async ({ page, journal }) => {
      await journal.backToJournal();
      await writeWith(page, 'He threw my bag down the stairs.', 1, ['Harm or incident']);
      await journal.backToJournal();
      await writeWith(page, 'He called. I miss him tonight. It was my fault.', 3, [
        'Longing',
        'Contact with them',
      ]);
      await page.getByRole('button', { name: 'Yes, show gentle notes' }).click();
      await expect(page.getByRole('complementary', { name: 'A gentle note' })).toBeVisible();
      await page.getByRole('button', { name: 'Yes, show them' }).click();
      const story = page.getByRole('region', { name: 'The whole story' });
      await expect(story).toContainText('He threw my bag down the stairs.');
    },
  },
  {
    name: 'open that entry again from the list',
    run: async ({ page, journal }) => {
      await journal.backToJournal();
      await journal.entryRow('I miss him tonight').click();
      await expect(page.getByRole('region', { name: 'The whole story' })).toBeVisible();
      await expect(page.getByRole('complementary', { name: 'A gentle note' })).toBeVisible();
    },
  },
  {
    name: 'patterns: every part, another time span, a calendar day, the cycle window',
    run: async ({ page }) => {
      await nav(page).getByRole('button', { name: 'Patterns' }).click();
      const view = page.getByRole('region', { name: 'Patterns' });
      await expect(view).toHaveAttribute('data-ready', 'true');
      const parts = ['Mood over time', 'Calendar', 'Feelings', 'What follows what', 'The cycle'];
      for (const part of [...parts, 'In short']) {
        await expect(view.getByRole('region', { name: part })).toBeVisible();
      }
      const follows = view.getByRole('region', { name: 'What follows what' });
      await follows.getByLabel('Event').selectOption({ label: 'Harm or incident' });
      await follows.getByLabel('Days after').selectOption('3');
      const mood = view.getByRole('region', { name: 'Mood over time' });
      await mood.getByRole('radio', { name: 'All time' }).check();
      await expect(mood.getByRole('radio', { name: 'All time' })).toBeChecked();
      const cycle = view.getByRole('region', { name: 'The cycle' });
      await cycle.getByLabel('Apology counted within').selectOption('7');
      await expect(cycle.getByLabel('Apology counted within')).toHaveValue('7');
      await cycle.getByText('Show each time as a table').click();
      const calendar = view.getByRole('region', { name: 'Calendar' });
      await calendar
        .getByRole('button', { name: /Harm or incident/ })
        .first()
        .click();
      await calendar
        .getByRole('region', { name: /Entries on/ })
        .getByRole('button', { name: /He threw my bag/ })
        .click();
      await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
    },
  },
  {
    name: 'reflect: save a self-check, and write with a prompt',
    run: async ({ page }) => {
      await nav(page).getByRole('button', { name: 'Reflect' }).click();
      await page.getByRole('button', { name: 'Start a check-in' }).click();
      await page
        .getByRole('radiogroup', { name: /unable to leave/ })
        .getByRole('radio', { name: 'Sometimes' })
        .check();
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await expect(page.getByText(/Your last check-in was on/)).toBeVisible();
      await page.getByText('On a good day').click();
      await page.getByRole('button', { name: 'Write with this prompt' }).first().click();
      await page.getByRole('textbox', { name: 'Entry text' }).fill('The sun on the balcony.');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
    },
  },
  {
    name: 'safety: fill the safety plan, and add a resource',
    run: async ({ page }) => {
      await nav(page).getByRole('button', { name: 'Safety' }).click();
      const plan = page.getByRole('region', { name: 'Safety plan' });
      await plan.getByRole('button', { name: 'Add a person' }).click();
      const person = plan.getByRole('group', { name: 'Person 1' });
      await person.getByRole('textbox', { name: 'Name' }).fill('Aunt Rosa');
      await person.getByRole('textbox', { name: 'How to reach them' }).fill('landline after six');
      await plan.getByRole('textbox', { name: 'Code word' }).fill('pineapple');
      await plan.getByRole('textbox', { name: 'Safe places I can go' }).fill('The library');
      await plan.getByRole('button', { name: 'Save' }).click();
      await expect(plan.getByText('Saved', { exact: true })).toBeVisible();
      await page.getByRole('button', { name: 'Add a number' }).click();
      const form = page.getByRole('form', { name: 'Add a number' });
      await form.getByLabel('Name').fill('Local shelter');
      await form.getByLabel('Number to call').fill('5550100');
      await form.getByRole('button', { name: 'Save number' }).click();
      await expect(page.getByRole('article', { name: 'Local shelter' })).toBeVisible();
    },
  },
  {
    name: 'export an encrypted backup',
    run: async ({ page }) => {
      await openSettings(page);
      await page.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
      await page.getByLabel('Backup passphrase again').fill(BACKUP_PASSPHRASE);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export backup' }).click();
      backupFile = await (await downloading).path();
      await expect(page.getByText(/^Last backup made on /)).toBeVisible();
    },
  },
  {
    name: 'import that backup, merging',
    run: async ({ page, journal }) => {
      await openSettings(page);
      await page.getByLabel('Backup file').setInputFiles(backupFile);
      await page.getByLabel('Passphrase for this backup').fill(BACKUP_PASSPHRASE);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('button', { name: 'Merge' }).click();
      await expect(journal.entryRow('I miss him tonight')).toHaveCount(1);
    },
  },
  {
    name: 'a readable export as Markdown',
    run: async ({ page }) => {
      await openSettings(page);
      await page.getByRole('button', { name: 'Readable export' }).click();
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export as Markdown' }).click();
      expect((await downloading).suggestedFilename()).toMatch(/\.md$/);
    },
  },
  {
    name: 'the printable report',
    run: async ({ page }) => {
      await openSettings(page);
      await page.getByRole('button', { name: 'Printable report' }).click();
      await expect(page.getByRole('heading', { name: 'Journal report' })).toBeVisible();
      await expect(page.getByRole('article', { name: 'Report' })).toContainText('He threw my bag');
      await page.getByRole('button', { name: 'Back to Settings' }).click();
    },
  },
  {
    name: 'import a Daylio export',
    run: async ({ page, journal }) => {
      await openSettings(page);
      await page.getByLabel('Daylio CSV file').setInputFiles('tests/fixtures/daylio-export.csv');
      await page.getByRole('button', { name: 'Read Daylio file' }).click();
      await page.getByRole('button', { name: 'Import from Daylio' }).click();
      await expect(journal.entryRow('A bad night')).toBeVisible();
    },
  },
  {
    name: 'delete everything',
    run: async ({ page }) => {
      await openSettings(page);
      const section = page.getByRole('region', { name: 'Delete everything' });
      await section.getByLabel('Type DELETE to confirm').fill('DELETE');
      await section.getByRole('button', { name: 'Delete everything' }).click();
      await page.getByRole('button', { name: 'Start a new journal' }).click();
      await expect(
        page.getByRole('region', { name: 'Would you like a passphrase?' }),
      ).toBeVisible();
      // Delete everything keeps the exit page chosen earlier; the last step stubs the default.
      await openSettings(page);
      await page.getByLabel('Quick exit page').fill(EXIT_URL);
      await page.getByRole('button', { name: 'Save exit page' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0);
    },
  },
  {
    // Last: it leaves Keel. The exit page is served by a local stub, so nothing leaves
    // the machine, but the request is still recorded as the one off-origin request.
    name: QUICK_EXIT_STEP,
    run: async ({ page, context }) => {
      // Any other origin, in case the exit went somewhere else, gets a local stub too.
      const own = new URL(page.url()).origin;
      await context.route(
        (url) => url.origin !== own && url.href !== EXIT_URL,
        (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>stub</p>' }),
      );
      await stubExitPage(page);
      await page.getByRole('button', { name: 'Quick exit' }).click();
      await expect(page.getByText(EXIT_STUB_TEXT)).toBeVisible();
      expect(page.url()).toBe(EXIT_URL);
    },
  },
];

test('no request leaves the origin in any view or action', async ({ page, context, baseURL }) => {
  test.setTimeout(150_000);
  const origin = new URL(baseURL ?? '').origin;
  const recorder = recordRequests(context);
  const journal = new JournalPage(page);
  for (const step of STEPS) {
    recorder.setStep(step.name);
    await test.step(step.name, () => step.run({ page, context, journal }));
  }

  // The one request to another origin is the quick exit's navigation, asked for by the
  // person, to exactly the exit page, from the page (not the service worker).
  expect(recorder.offOrigin(origin)).toEqual([
    { url: EXIT_URL, fromServiceWorker: false, step: QUICK_EXIT_STEP },
  ]);
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
