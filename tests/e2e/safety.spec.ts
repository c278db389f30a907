import { expect, type Page, test } from '@playwright/test';
import { JournalPage, rawDatabaseText } from './fixtures';

const EXIT_URL = 'https://www.bbc.com/weather';

async function openSafety(page: Page) {
  await new JournalPage(page).open();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Safety' })
    .click();
  await expect(page.getByRole('heading', { name: 'Safety plan' })).toBeVisible();
}

function plan(page: Page) {
  return page.getByRole('region', { name: 'Safety plan' });
}

test.describe('the safety area in a real browser', () => {
  test('the safety plan survives a reload and is not readable in raw IndexedDB', async ({
    page,
  }) => {
    await openSafety(page);
    await plan(page).getByRole('button', { name: 'Add a person' }).click();
    const person = plan(page).getByRole('group', { name: 'Person 1' });
    await person.getByRole('textbox', { name: 'Name' }).fill('Aunt Rosa');
    await person.getByRole('textbox', { name: 'How to reach them' }).fill('landline after six');
    await plan(page).getByRole('textbox', { name: 'Code word' }).fill('pineapple');
    await plan(page)
      .getByRole('textbox', { name: 'Safe places I can go' })
      .fill('The library on Elm Street');
    await plan(page).getByRole('button', { name: 'Save' }).click();
    await expect(plan(page).getByText('Saved', { exact: true })).toBeVisible();

    await page.reload();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Safety' })
      .click();
    await expect(plan(page).getByRole('textbox', { name: 'Code word' })).toHaveValue('pineapple');
    await expect(
      plan(page).getByRole('group', { name: 'Person 1' }).getByRole('textbox', { name: 'Name' }),
    ).toHaveValue('Aunt Rosa');
    await expect(plan(page).getByRole('textbox', { name: 'Safe places I can go' })).toHaveValue(
      'The library on Elm Street',
    );

    const raw = await rawDatabaseText(page);
    expect(raw).toContain('safetyPlan:');
    for (const secret of [
      'pineapple',
      'Aunt Rosa',
      'landline',
      'Elm Street',
      'codeWord',
      'people',
    ]) {
      expect(raw).not.toContain(secret);
    }
  });

  test('quick exit from the safety plan editor hides it at once and leaves', async ({ page }) => {
    // The old page reports what a glance would see as the navigation starts, and the exit
    // page's response is held until it has (so the report cannot be lost to the unload).
    let report: { hidden: boolean; planStillThere: boolean } | null = null;
    let reported: () => void = () => undefined;
    const reportArrived = new Promise<void>((resolve) => (reported = resolve));
    page.on('console', (message) => {
      const text = message.text();
      if (!text.startsWith('exit-state ') || report) return;
      report = JSON.parse(text.slice(11)) as { hidden: boolean; planStillThere: boolean };
      reported();
    });
    await page.route(`${EXIT_URL}**`, async (route) => {
      await Promise.race([reportArrived, new Promise((resolve) => setTimeout(resolve, 5000))]);
      await route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Weather</title><p>Sunny spells</p>',
      });
    });

    await openSafety(page);
    const codeWord = plan(page).getByRole('textbox', { name: 'Code word' });
    await codeWord.fill('pineapple');
    await expect(codeWord).toBeVisible();
    await page.evaluate(() => {
      window.addEventListener('beforeunload', () => {
        const hidden = getComputedStyle(document.body).visibility === 'hidden';
        // A moment later (the navigation still waits on the held response): is the plan gone?
        setTimeout(() => {
          const values = [...document.querySelectorAll('input, textarea')].map(
            (field) => (field as HTMLInputElement).value,
          );
          const planStillThere =
            values.includes('pineapple') || document.body.textContent.includes('pineapple');
          console.log(`exit-state ${JSON.stringify({ hidden, planStillThere })}`);
        }, 100);
      });
    });

    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(EXIT_URL);
    await expect(page.getByText('Sunny spells')).toBeVisible();
    expect(report).toEqual({ hidden: true, planStillThere: false });
    expect(await page.content()).not.toContain('pineapple');
  });

  test('the self-check’s “People you can talk to” lands on Resources, with no history entry', async ({
    page,
  }) => {
    await new JournalPage(page).open();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Reflect' })
      .click();
    const historyBefore = await page.evaluate(() => history.length);
    const urlBefore = page.url();
    await page.getByRole('button', { name: 'People you can talk to' }).click();
    const heading = page.getByRole('heading', { name: 'Resources', exact: true });
    await expect(heading).toBeFocused();
    await expect(plan(page).getByRole('textbox', { name: 'Code word' })).toBeAttached();
    // Still in view once the safety plan above it has opened.
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(page.getByRole('heading', { name: 'Safety', exact: true })).not.toBeInViewport();
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(page.url()).toBe(urlBefore);
  });

  test('reflect and safety make no request to any other origin', async ({ page, baseURL }) => {
    const origins = new Set<string>();
    page.on('request', (request) => {
      origins.add(new URL(request.url()).origin);
    });
    const journal = new JournalPage(page);
    await journal.open();
    const nav = page.getByRole('navigation', { name: 'Main' });

    await nav.getByRole('button', { name: 'Reflect' }).click();
    await page.getByRole('button', { name: 'Start a check-in' }).click();
    await page
      .getByRole('radiogroup', { name: /unable to leave/ })
      .getByRole('radio', { name: 'Sometimes' })
      .check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByText(/Your last check-in was on/)).toBeVisible();
    await page.getByText('On a good day').click();
    await page.getByRole('button', { name: 'Write with this prompt' }).first().click();
    await page.getByRole('textbox', { name: 'Entry text' }).fill('He didn’t mean it.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Yes, show gentle notes' }).click();
    await expect(page.getByRole('complementary', { name: 'A gentle note' })).toBeVisible();

    await nav.getByRole('button', { name: 'Safety' }).click();
    await expect(page.getByRole('heading', { name: 'Resources' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 911' })).toBeVisible();
    await plan(page).getByRole('textbox', { name: 'Code word' }).fill('kettle');
    await plan(page).getByRole('button', { name: 'Save' }).click();
    await expect(plan(page).getByText('Saved', { exact: true })).toBeVisible();

    expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
  });
});

test.describe('reflect and safety for everyone', () => {
  test('have no accessibility violations axe can find, in light and dark', async ({ page }) => {
    const { AxeBuilder } = await import('@axe-core/playwright');
    await new JournalPage(page).open();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await nav.getByRole('button', { name: 'Reflect' }).click();
      await page
        .getByRole('button', { name: /check-in|Check in again/ })
        .first()
        .click();
      await page.getByText('After contact').click();
      const reflect = await new AxeBuilder({ page }).analyze();
      expect(reflect.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await nav.getByRole('button', { name: 'Safety' }).click();
      await page.getByRole('button', { name: 'Add a person' }).click();
      await expect(page.getByRole('link', { name: 'Call 911' })).toBeVisible();
      const safety = await new AxeBuilder({ page }).analyze();
      expect(safety.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }
  });
});
