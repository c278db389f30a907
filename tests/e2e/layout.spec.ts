import { expect, type Locator, type Page, test } from '@playwright/test';
import { JournalPage } from './fixtures';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A long entry: about sixty short paragraphs. */
const LONG_TEXT = Array.from(
  { length: 60 },
  (_, i) => `Paragraph ${i + 1}. It was a long day and I want to get every part of it down.`,
).join('\n\n');

test.describe('writing a long entry on a phone (390 x 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('Save stays in view, above the main views, while the caret is at the end', async ({
    page,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.getByRole('button', { name: 'New entry' }).click();
    const text = page.getByRole('textbox', { name: 'Entry text' });
    await text.fill(LONG_TEXT);
    await text.focus();
    await text.press('Control+End');
    expect(await text.evaluate((t: HTMLTextAreaElement) => t.selectionStart)).toBe(
      LONG_TEXT.length,
    );

    const save = page.getByRole('button', { name: 'Save' });
    await expect(save).toBeInViewport({ ratio: 1 });
    const saveBox = await boxOf(save);
    const nav = await boxOf(page.getByRole('navigation', { name: 'Main' }));
    const exit = await boxOf(page.getByRole('button', { name: 'Quick exit' }));
    expect(overlap(saveBox, nav)).toBe(false);
    expect(overlap(saveBox, exit)).toBe(false);
    // The bar never lies over the words being written.
    expect(overlap(saveBox, await boxOf(text))).toBe(false);
    await save.click();
    await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
  });

  test('"When it happened" sits with the text, before the feelings and events', async ({
    page,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.getByRole('button', { name: 'New entry' }).click();
    await expect(page.getByLabel('When it happened')).toBeInViewport({ ratio: 1 });
    const when = await boxOf(page.getByLabel('When it happened'));
    const feelings = await boxOf(page.getByRole('group', { name: 'Feelings' }));
    expect(when.y).toBeLessThan(feelings.y);
  });
});

/** The rectangle of an element's own text, not of its box. */
async function textBox(locator: Locator): Promise<Box> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** Each visible select whose chosen option's words are wider than the room it gives them. */
async function cutOffSelects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const select of document.querySelectorAll('select')) {
      const rect = select.getBoundingClientRect();
      if (rect.width === 0) continue;
      const style = getComputedStyle(select);
      const probe = document.createElement('span');
      probe.style.font = style.font;
      probe.style.whiteSpace = 'pre';
      probe.style.position = 'absolute';
      probe.style.visibility = 'hidden';
      const label = select.selectedOptions[0]?.text ?? '';
      probe.textContent = label;
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      // Padding, border and the drop-down arrow (about 20 px in Chromium) take room too.
      const room =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      const offScreen = rect.right > window.innerWidth || rect.left < 0;
      if (needed > room || offScreen) cut.push(`${label} (${Math.round(needed)} > ${room})`);
    }
    return cut;
  });
}

test.describe('the narrowest phones (320 x 568)', () => {
  test.use({ viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true });

  test('the main views are labelled with words that stand apart, on every view', async ({
    page,
  }) => {
    const journal = new JournalPage(page);
    await journal.open();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const current of ['Journal', 'Patterns', 'Reflect', 'Safety', 'Settings']) {
      await nav.getByRole('button', { name: current }).click();
      await expect(nav.getByRole('button', { name: current })).toHaveAttribute(
        'aria-current',
        'page',
      );
      const buttons = await nav.getByRole('button').all();
      const words = await Promise.all(buttons.map(textBox));
      for (const [i, box] of words.entries()) {
        expect(box.x, `label ${i} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `label ${i} ends on screen`).toBeLessThanOrEqual(320);
        const next = words[i + 1];
        // At least 6 px of space between one label and the next (with ${current} open).
        if (next) expect(next.x - (box.x + box.width)).toBeGreaterThanOrEqual(6);
      }
    }
  });

  test('every select shows its whole choice', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('textbox', { name: 'Entry text' }).fill('He grabbed my arm at the door.');
    await page.getByRole('checkbox', { name: 'Harm or incident' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Patterns' }).click();
    await page.getByRole('heading', { name: 'What follows what' }).scrollIntoViewIfNeeded();
    const event = page.getByRole('combobox', { name: /^Event/ });
    await event.selectOption({ label: 'Harm or incident' });
    await expect(event).toHaveValue('e01');
    expect(await cutOffSelects(page)).toEqual([]);

    await nav.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Backups and exports' })).toBeVisible();
    expect(await page.locator('select').count()).toBeGreaterThan(0);
    expect(await cutOffSelects(page)).toEqual([]);

    await nav.getByRole('button', { name: 'Safety' }).click();
    await expect(page.getByRole('heading', { name: 'Safety plan' }).first()).toBeVisible();
    expect(await cutOffSelects(page)).toEqual([]);
  });
});
