import { expect, type Page, test } from '@playwright/test';
import { JournalPage } from './fixtures';
import { EXIT_STUB_TEXT, EXIT_URL, stubExitPage } from './vaultHelpers';

const SECRET = 'I wrote down what happened on Friday';

interface ExitRecord {
  /** From the press event's timestamp to beforeunload (the navigation starting). */
  pressToNavigationMs: number;
  /** From the first capture-phase listener seeing the press to beforeunload. */
  handlerToNavigationMs: number;
  visibility: string;
  title: string;
}

/**
 * Records, in the old page, the moment of the last press and the state of the page when
 * the navigation starts (beforeunload), and reports it through the console.
 */
async function recordExit(page: Page): Promise<() => ExitRecord | null> {
  let record: ExitRecord | null = null;
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('exit-record ') && !record)
      record = JSON.parse(text.slice(12)) as ExitRecord;
  });
  await page.addInitScript(() => {
    let pressAt = 0;
    let handlerAt = 0;
    const mark = (event: Event) => {
      pressAt = event.timeStamp;
      handlerAt = performance.now();
    };
    window.addEventListener('click', mark, true);
    window.addEventListener('keydown', mark, true);
    window.addEventListener('keyup', mark, true);
    window.addEventListener('beforeunload', () => {
      console.log(
        'exit-record ' +
          JSON.stringify({
            pressToNavigationMs: performance.now() - pressAt,
            handlerToNavigationMs: performance.now() - handlerAt,
            visibility: getComputedStyle(document.body).visibility,
            title: document.title,
          }),
      );
    });
  });
  return () => record;
}

/**
 * Holds the exit page's response until the old page, still loaded while the navigation
 * waits, has reported whether the journal text is still in its DOM.
 */
async function holdExitPage(page: Page, secret: string): Promise<() => boolean | null> {
  let stillThere: boolean | null = null;
  let reported: () => void = () => undefined;
  const report = new Promise<void>((resolve) => {
    reported = resolve;
  });
  page.on('console', (message) => {
    const text = message.text();
    if (!text.startsWith('exit-dom ') || stillThere !== null) return;
    stillThere = text.slice(9) === 'true';
    reported();
  });
  await page.addInitScript((words) => {
    window.addEventListener('beforeunload', () => {
      setTimeout(() => console.log(`exit-dom ${document.body.textContent.includes(words)}`), 100);
    });
  }, secret);
  await page.route(EXIT_URL, async (route) => {
    await Promise.race([report, new Promise((resolve) => setTimeout(resolve, 5000))]);
    await route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Weather</title><p>${EXIT_STUB_TEXT}</p>`,
    });
  });
  return () => stillThere;
}

async function expectLeft(page: Page, historyBefore: number): Promise<void> {
  await page.waitForURL(EXIT_URL);
  await expect(page.getByText(EXIT_STUB_TEXT)).toBeVisible();
  // location.replace: the journal's history entry was replaced, not added to.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  await page.goBack().catch(() => null);
  expect(page.url()).not.toContain('127.0.0.1');
}

async function openWithEntry(page: Page): Promise<JournalPage> {
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'Not now' }).click();
  await journal.write(SECRET);
  return journal;
}

test.describe('quick exit', () => {
  test('the button hides the journal, then lands on the exit page with no way Back', async ({
    page,
  }) => {
    const exitRecord = await recordExit(page);
    const textStillThere = await holdExitPage(page, SECRET);
    await openWithEntry(page);
    await expect(page.getByText(SECRET)).toBeVisible();
    const historyBefore = await page.evaluate(() => history.length);

    await page.getByRole('button', { name: 'Quick exit' }).click();
    await expectLeft(page, historyBefore);

    // The old page, while the navigation was still waiting, no longer held the text.
    expect(textStillThere()).toBe(false);
    const record = exitRecord();
    expect(record?.visibility).toBe('hidden');
    expect(record?.title).toBe('New Tab');
    console.log(
      `quick exit by button, press to navigation start: ${record?.pressToNavigationMs.toFixed(2)} ms (listener to navigation start: ${record?.handlerToNavigationMs.toFixed(2)} ms)`,
    );
    test.info().annotations.push({
      type: 'press-to-navigation-ms (button)',
      description: String(record?.pressToNavigationMs),
    });
  });

  test('Shift pressed three times while typing leaves, but capitals do not', async ({ page }) => {
    const exitRecord = await recordExit(page);
    await stubExitPage(page);
    const journal = await openWithEntry(page);
    await journal.backToJournal();
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'New entry' }).click();
    const text = page.getByRole('textbox', { name: 'Entry text' });
    await text.pressSequentially('so ');
    for (const letter of ['I', 'T', 'W']) {
      await page.keyboard.down('Shift');
      await page.keyboard.press(`Key${letter}`);
      await page.keyboard.up('Shift');
    }
    await expect(text).toHaveValue('so ITW');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page.getByTestId('quick-exit-hint')).toHaveText(
      'Press Shift once more to leave this page.',
    );
    await page.keyboard.press('Shift');
    await expectLeft(page, historyBefore);
    const record = exitRecord();
    expect(record?.visibility).toBe('hidden');
    console.log(
      `quick exit by Shift x3, press to navigation start: ${record?.pressToNavigationMs.toFixed(2)} ms (listener to navigation start: ${record?.handlerToNavigationMs.toFixed(2)} ms)`,
    );
    test.info().annotations.push({
      type: 'press-to-navigation-ms (shift)',
      description: String(record?.pressToNavigationMs),
    });
  });

  test('Escape pressed twice is left to the page: it closes a question, and does not leave', async ({
    page,
  }) => {
    await stubExitPage(page);
    await openWithEntry(page);
    await page.getByRole('button', { name: 'Delete' }).click();
    const question = page.getByRole('alertdialog');
    await expect(question).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(question).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    // Still here, with the journal: a second Escape never counts toward leaving.
    await expect(page.getByText(SECRET)).toBeVisible();
    expect(page.url()).not.toBe(EXIT_URL);
  });

  test('the button stays in view and works while a question is open', async ({ page }) => {
    await stubExitPage(page);
    await openWithEntry(page);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(EXIT_URL);
  });

  test('the button is there on the lock screen too', async ({ page }) => {
    await stubExitPage(page);
    await openWithEntry(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('heading', { name: 'Keel is closed' })).toBeVisible();
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(EXIT_URL);
  });

  test('goes to the exit page chosen in Settings, and refuses one that is not https', async ({
    page,
  }) => {
    const chosen = 'https://example.org/news';
    await stubExitPage(page, chosen);
    await openWithEntry(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Settings' })
      .click();
    const field = page.getByLabel('Quick exit page');
    await field.fill('http://example.org/news');
    await page.getByRole('button', { name: 'Save exit page' }).click();
    await expect(page.getByText('starts with https://')).toBeVisible();
    await field.fill(chosen);
    await page.getByRole('button', { name: 'Save exit page' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Also from the lock screen, where the encrypted settings are not in memory.
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('heading', { name: 'Keel is closed' })).toBeVisible();
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(chosen);
  });

  test('a pageshow restore event shows the lock screen, not the journal', async ({ page }) => {
    await stubExitPage(page);
    await openWithEntry(page);
    await expect(page.getByText(SECRET)).toBeVisible();
    // The event the browser sends on a restore, straight to an open journal (the test
    // below restores a real page, which Keel already closed as it went into the cache).
    await page.evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    await expect(page.getByRole('heading', { name: 'Keel is closed' })).toBeVisible();
    await expect(page.getByText(SECRET)).toHaveCount(0);
  });
});

/** How a view is left: the button, or Shift pressed three times. */
type Press = 'button' | 'shift';

interface ExitFrom {
  view: string;
  press: Press;
  /** Opens the view (the journal already holds SECRET) and returns words it shows. */
  open(page: Page, journal: JournalPage): Promise<string>;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openSettingsView(page: Page): Promise<void> {
  await nav(page).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Backups and exports' })).toBeVisible();
}

const PLAN_WORDS = 'pineapple by the back door';
const TYPED_WORDS = 'He said he would come by tonight';
const BACKUP_WORDS = 'moss on the north wall';

const EVERY_VIEW: ExitFrom[] = [
  {
    view: 'the journal list',
    press: 'button',
    open: async (page, journal) => {
      await journal.backToJournal();
      await expect(journal.entryRow(SECRET)).toBeVisible();
      return SECRET;
    },
  },
  {
    view: 'the editor with text typed',
    press: 'shift',
    open: async (page, journal) => {
      await journal.backToJournal();
      await page.getByRole('button', { name: 'New entry' }).click();
      await page.getByRole('textbox', { name: 'Entry text' }).pressSequentially(TYPED_WORDS);
      return TYPED_WORDS;
    },
  },
  {
    view: 'an entry',
    press: 'button',
    open: async (page, journal) => {
      await journal.backToJournal();
      await journal.entryRow(SECRET).click();
      await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
      return SECRET;
    },
  },
  {
    view: 'Patterns with a calendar day open',
    press: 'button',
    open: async (page) => {
      await nav(page).getByRole('button', { name: 'Patterns' }).click();
      const view = page.getByRole('region', { name: 'Patterns' });
      await expect(view).toHaveAttribute('data-ready', 'true');
      const calendar = view.getByRole('region', { name: 'Calendar' });
      await calendar.getByRole('button', { name: /1 entry/ }).click();
      await expect(calendar.getByRole('region', { name: /Entries on/ })).toContainText(SECRET);
      return SECRET;
    },
  },
  {
    view: 'Reflect with a self-check open',
    press: 'button',
    open: async (page) => {
      await nav(page).getByRole('button', { name: 'Reflect' }).click();
      await page.getByRole('button', { name: 'Start a check-in' }).click();
      const question = page.getByRole('radiogroup', { name: /unable to leave/ });
      await question.getByRole('radio', { name: 'Sometimes' }).check();
      return 'unable to leave';
    },
  },
  {
    view: 'the safety plan editor with text typed',
    press: 'button',
    open: async (page) => {
      await nav(page).getByRole('button', { name: 'Safety' }).click();
      const plan = page.getByRole('region', { name: 'Safety plan' });
      await plan.getByRole('textbox', { name: 'Code word' }).pressSequentially(PLAN_WORDS);
      return PLAN_WORDS;
    },
  },
  {
    view: 'the question to remove a safe person',
    press: 'shift',
    open: async (page) => {
      await nav(page).getByRole('button', { name: 'Safety' }).click();
      const plan = page.getByRole('region', { name: 'Safety plan' });
      await plan.getByRole('button', { name: 'Add a person' }).click();
      const person = plan.getByRole('group', { name: 'Person 1' });
      await person.getByRole('textbox', { name: 'Name' }).fill('Aunt Rosa');
      await plan.getByRole('button', { name: 'Remove person 1' }).click();
      const question = page.getByRole('alertdialog', { name: 'Remove Aunt Rosa from your plan?' });
      await expect(question).toBeVisible();
      await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
      return 'Remove Aunt Rosa from your plan?';
    },
  },
  {
    view: 'the question to remove a number',
    press: 'button',
    open: async (page) => {
      await nav(page).getByRole('button', { name: 'Safety' }).click();
      const resources = page.getByRole('region', { name: 'Resources' });
      await resources.getByRole('button', { name: 'Remove love is respect' }).click();
      await expect(
        page.getByRole('alertdialog', { name: /^Remove love is respect from your list\?/ }),
      ).toBeVisible();
      return 'Remove love is respect from your list?';
    },
  },
  {
    view: 'Resources',
    press: 'button',
    open: async (page) => {
      await nav(page).getByRole('button', { name: 'Safety' }).click();
      const resources = page.getByRole('region', { name: 'Resources' });
      await resources.getByRole('link', { name: 'Call 911' }).focus();
      return 'Call 911';
    },
  },
  {
    view: 'Settings',
    press: 'button',
    open: async (page) => {
      await openSettingsView(page);
      return 'Backups and exports';
    },
  },
  {
    view: 'the backup and import forms filled in',
    press: 'shift',
    open: async (page) => {
      await openSettingsView(page);
      await page.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_WORDS);
      await page.getByLabel('Backup file').setInputFiles('tests/fixtures/backup-format-1.keel');
      await page.getByLabel('Passphrase for this backup').pressSequentially(BACKUP_WORDS);
      return BACKUP_WORDS;
    },
  },
  {
    view: 'the printable report',
    press: 'button',
    open: async (page) => {
      await openSettingsView(page);
      await page.getByRole('button', { name: 'Printable report' }).click();
      await expect(page.getByRole('article', { name: 'Report' })).toContainText(SECRET);
      return SECRET;
    },
  },
  {
    view: 'Staying safe on this device',
    press: 'button',
    open: async (page) => {
      await openSettingsView(page);
      await page.getByRole('button', { name: 'Staying safe on this device' }).click();
      await expect(
        page.getByRole('heading', { name: 'What Quick exit does not do' }),
      ).toBeVisible();
      return 'What Quick exit does not do';
    },
  },
  {
    view: 'the lock screen',
    press: 'shift',
    open: async (page) => {
      await page.getByRole('button', { name: 'Lock' }).click();
      await expect(page.getByRole('heading', { name: 'Keel is closed' })).toBeVisible();
      await expect(page.getByText(SECRET)).toHaveCount(0);
      // Nothing of the journal is on the lock screen: watch its own words instead.
      return 'Keel is closed';
    },
  },
];

/**
 * In the old page, at the moment the navigation starts: is the page hidden, what is the
 * title, and (a moment later, the exit page still held back) are the words still anywhere
 * in the page, as text or in a field.
 */
async function watchExit(page: Page) {
  let seen: { visibility: string; title: string } | null = null;
  let stillThere: boolean | null = null;
  let reported: () => void = () => undefined;
  const report = new Promise<void>((resolve) => {
    reported = resolve;
  });
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('exit-seen ') && !seen)
      seen = JSON.parse(text.slice(10)) as { visibility: string; title: string };
    if (text.startsWith('exit-words ') && stillThere === null) {
      stillThere = text.slice(11) === 'true';
      reported();
    }
  });
  await page.addInitScript(() => {
    window.addEventListener('beforeunload', () => {
      console.log(
        'exit-seen ' +
          JSON.stringify({
            visibility: getComputedStyle(document.body).visibility,
            title: document.title,
          }),
      );
      const words = document.documentElement.dataset.watchWords ?? '';
      setTimeout(() => {
        const fields = [...document.querySelectorAll('input, textarea')].map(
          (field) => (field as HTMLInputElement).value,
        );
        const there = [document.body.textContent, ...fields].some((t) => t.includes(words));
        console.log(`exit-words ${there}`);
      }, 100);
    });
  });
  await page.route(EXIT_URL, async (route) => {
    await Promise.race([report, new Promise((resolve) => setTimeout(resolve, 5000))]);
    await route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Weather</title><p>${EXIT_STUB_TEXT}</p>`,
    });
  });
  return { seen: () => seen, stillThere: () => stillThere };
}

/** Whether the words are in the page's text or in one of its fields; remembers them for the watch. */
async function wordsShown(page: Page, words: string): Promise<boolean> {
  return page.evaluate((w) => {
    document.documentElement.dataset.watchWords = w;
    const fields = [...document.querySelectorAll('input, textarea')].map(
      (field) => (field as HTMLInputElement).value,
    );
    return [document.body.textContent, ...fields].some((t) => t.includes(w));
  }, words);
}

async function press(page: Page, how: Press): Promise<void> {
  if (how === 'button') {
    await page.getByRole('button', { name: 'Quick exit' }).click();
  } else {
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  }
}

const PRESS_NAMES: Record<Press, string> = {
  button: 'the Quick exit button',
  shift: 'Shift pressed three times',
};

test.describe('quick exit from every view', () => {
  for (const from of EVERY_VIEW) {
    test(`${PRESS_NAMES[from.press]} hides ${from.view} at once and leaves with no way Back`, async ({
      page,
    }) => {
      const watch = await watchExit(page);
      const journal = await openWithEntry(page);
      const words = await from.open(page, journal);
      // The words are on the page, in plain sight, until the press.
      await expect(page.locator('body')).toBeVisible();
      expect(await wordsShown(page, words)).toBe(true);
      const historyBefore = await page.evaluate(() => history.length);

      await press(page, from.press);
      await expectLeft(page, historyBefore);

      expect(watch.seen()).toEqual({ visibility: 'hidden', title: 'New Tab' });
      if (from.view !== 'the lock screen') expect(watch.stillThere()).toBe(false);
    });
  }
});
