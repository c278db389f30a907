import { expect, type Page, test } from '@playwright/test';
import { JournalPage } from './fixtures';

/** "Today" for this test: Friday 20 November 2026, noon, local time. */
const TODAY = new Date(2026, 10, 20, 12, 0);

interface Written {
  when: string;
  text: string;
  mood: 1 | 2 | 3 | 4 | 5;
  events?: string[];
  feelings?: string[];
}

/** Weeks of a hard autumn: harm, apologies, calm, harm again; then contact and no contact. */
const AUTUMN: Written[] = [
  { when: '2026-10-01T21:00', text: 'The door slammed.', mood: 1, events: ['Harm or incident'] },
  {
    when: '2026-10-02T19:00',
    text: 'Flowers on the table.',
    mood: 3,
    events: ['Apology, gift or promise'],
  },
  {
    when: '2026-10-10T22:00',
    text: 'Shouting again.',
    mood: 2,
    events: ['Harm or incident'],
    feelings: ['Fear'],
  },
  {
    when: '2026-10-12T18:00',
    text: 'He promised it would change.',
    mood: 4,
    events: ['Apology, gift or promise'],
    feelings: ['Hope'],
  },
  {
    when: '2026-10-20T23:00',
    text: 'I hid in the bathroom.',
    mood: 1,
    events: ['Harm or incident'],
    feelings: ['Fear'],
  },
  { when: '2026-10-28T20:00', text: 'He broke my phone.', mood: 2, events: ['Harm or incident'] },
  {
    when: '2026-10-29T09:00',
    text: 'A new phone, and sorry.',
    mood: 3,
    events: ['Apology, gift or promise'],
    feelings: ['Hope'],
  },
  {
    when: '2026-11-10T20:00',
    text: 'He called. I answered.',
    mood: 2,
    events: ['Contact with them'],
    feelings: ['Longing'],
  },
  {
    when: '2026-11-15T10:00',
    text: 'A quiet day at my sister’s.',
    mood: 4,
    events: ['No contact held'],
  },
  { when: '2026-11-18T16:00', text: 'Walked by the sea.', mood: 5, events: ['No contact held'] },
];

async function writeOn(page: Page, entry: Written): Promise<void> {
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('textbox', { name: 'Entry text' }).fill(entry.text);
  await page
    .getByRole('radiogroup', { name: 'Mood' })
    .getByRole('radio', { name: new RegExp(`^${entry.mood} `) })
    .check();
  for (const name of [...(entry.events ?? []), ...(entry.feelings ?? [])]) {
    await page.getByRole('checkbox', { name, exact: true }).check();
  }
  await page.getByLabel('When it happened').fill(entry.when);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
}

test.describe('patterns in a real browser', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
  });

  test('weeks of entries show the cycle, the calendar and contact as a person would count them', async ({
    page,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    for (const entry of AUTUMN) {
      await writeOn(page, entry);
      await journal.backToJournal();
    }

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Patterns' })
      .click();
    const view = page.getByRole('region', { name: 'Patterns' });
    await expect(view).toHaveAttribute('data-ready', 'true');

    // The cycle's words open the page, in the summary; contact follows them there.
    const cycle = view.getByRole('region', { name: 'In short' });
    await expect(cycle).toContainText(
      'After 3 of the 4 times you noted harm, an apology, gift or promise followed within 3 days.',
    );
    await expect(cycle).toContainText(
      'After 2 of the 3 apologies, gifts or promises you noted, harm came again.',
    );
    await expect(cycle).toContainText('lasted about 8 days');

    const contact = view.getByRole('region', { name: 'In short' });
    await expect(contact).toContainText('10 days ago');
    await expect(contact).toContainText('no contact held on 2 days');

    const mood = view.getByRole('region', { name: 'Mood over time' });
    await expect(mood).toContainText('you noted a mood on 5 days');
    await mood.getByRole('radio', { name: 'All time' }).check();
    await expect(mood).toContainText('you noted a mood on 10 days');

    const feelings = view.getByRole('region', { name: 'Feelings' });
    await feelings.getByText('Show each feeling as a table').click();
    // Fear was noted twice in the 30 days before the last 30; hope once in each.
    await expect(feelings.getByRole('row', { name: /^Fear/ }).getByRole('cell')).toHaveText([
      '0',
      '2',
    ]);
    await expect(feelings.getByRole('row', { name: /^Hope/ }).getByRole('cell')).toHaveText([
      '1',
      '1',
    ]);

    const calendar = view.getByRole('region', { name: 'Calendar' });
    await expect(calendar).toContainText('you wrote on 3 days');
    // The year: each day tile carries the month's marks, and each month says its events.
    await calendar.getByRole('button', { name: 'Year' }).click();
    const october = calendar.getByRole('button', { name: /^October/ });
    await expect(october).toHaveAccessibleName(
      /^October\s*, 7 days written, mood averaged 2\.3; Harm or incident on 4 days; Apology, gift or promise on 3 days$/,
    );
    const octoberDays = october.locator('.mini > span:not(.pad)');
    await expect(octoberDays).toHaveCount(31);
    await expect(octoberDays.nth(0)).toHaveText('◆');
    await expect(octoberDays.nth(1)).toHaveText('●');
    await expect(octoberDays.nth(2)).toHaveText('');
    // The marks are big enough to tell apart: at least 12 px in the year, 16 px in a month.
    const size = (marks: ReturnType<Page['locator']>) =>
      marks.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size(octoberDays.nth(0))).toBeGreaterThanOrEqual(12);
    await expect(calendar.getByRole('button', { name: /^November/ })).toHaveAccessibleName(
      /; No contact held on 2 days; Contact with them on 1 day$/,
    );
    await calendar.getByRole('button', { name: 'Month' }).click();
    await calendar.getByRole('button', { name: 'Previous month' }).click();
    await expect(calendar).toContainText('you wrote on 7 days; mood averaged 2.3.');
    const harmDay = calendar.getByRole('button', { name: /Harm or incident/ }).nth(2);
    await expect(harmDay).toContainText('◆');
    expect(await size(harmDay.locator('.marks'))).toBeGreaterThanOrEqual(16);
    await harmDay.click();
    await calendar
      .getByRole('region', { name: /Entries on/ })
      .getByRole('button', { name: /I hid in the bathroom/ })
      .click();
    await expect(page.getByText('I hid in the bathroom.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
  });

  test('an entry that notes longing brings back their own words from harder days', async ({
    page,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    for (const entry of AUTUMN.slice(0, 6)) {
      await writeOn(page, entry);
      await journal.backToJournal();
    }
    await writeOn(page, {
      when: '2026-11-19T22:00',
      text: 'I miss him tonight.',
      mood: 3,
      feelings: ['Longing'],
    });
    // Asked once first; nothing from the earlier entries is on screen before the yes.
    const question = page.getByRole('region', {
      name: 'Your earlier entries, if you would like them',
    });
    await expect(question).toBeVisible();
    await expect(page.getByText('He broke my phone.')).toHaveCount(0);
    await expect(page.getByText('The door slammed.')).toHaveCount(0);
    await question.getByRole('button', { name: 'Yes, show them' }).click();
    await expect(question).toHaveCount(0);
    const story = page.getByRole('region', { name: 'The whole story' });
    await expect(story).toContainText('Here is what you wrote on some harder days.');
    await expect(story.getByRole('listitem')).toHaveCount(3);
    await expect(story.getByRole('listitem').first()).toContainText('He broke my phone.');
    await expect(story.getByRole('listitem').last()).toContainText('The door slammed.');

    await story.getByRole('button', { name: 'Stop showing this' }).click();
    await expect(story).toHaveCount(0);
    await page.reload();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await expect(
      page.getByRole('checkbox', { name: 'Keep the whole story in view' }),
    ).not.toBeChecked();
    // Off by their choice, not waiting to ask.
    const setting = page.getByRole('region', { name: 'The whole story' });
    await expect(setting).toContainText('Keel can show a few things you wrote on harder days');
    await expect(setting).not.toContainText('Keel will ask');
  });
});

test.describe('patterns on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
  });

  test('a phone opens Patterns on the summary, the cycle first, with the long tables folded', async ({
    page,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    for (const entry of AUTUMN) {
      await writeOn(page, entry);
      await journal.backToJournal();
    }
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Patterns' })
      .click();
    const view = page.getByRole('region', { name: 'Patterns' });
    await expect(view).toHaveAttribute('data-ready', 'true');

    const summary = view.getByRole('region', { name: 'In short' });
    await expect(summary).toContainText(
      'After 3 of the 4 times you noted harm, an apology, gift or promise followed within 3 days.',
    );
    await expect(summary.getByText(/^After 3 of the 4 times/)).toBeInViewport();
    // Only the month calendar is a table on first sight; the long ones are folded.
    await expect(view.getByRole('table')).toHaveCount(1);
    await expect(view.getByRole('table', { name: 'Entries noting each feeling' })).toHaveCount(0);

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const screens = height / 844;
    console.log(`Patterns at 390x844: ${height}px, ${screens.toFixed(2)} phone screens`);
    // 5.42 screens before the summary and the folding, with this journal: never longer again.
    expect(screens).toBeLessThan(5.42);

    const before = await page.evaluate(() => history.length);
    await summary.getByRole('button', { name: 'What follows what' }).click();
    const heading = view.getByRole('heading', { name: 'What follows what' });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
});
