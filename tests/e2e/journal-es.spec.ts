import { expect, type Page, test } from '@playwright/test';

// The narrowest phone Keel is made for, in Spanish (longer words than English).
test.use({ viewport: { width: 320, height: 700 } });
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('keel.lang', 'es'));
});

/**
 * True when nothing in the view (the journal's and Patterns' own part of the page, below the
 * top bar) reaches past the right edge of the screen.
 */
async function fitsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')].every(
      (element) => element.getBoundingClientRect().right <= window.innerWidth + 0.5,
    ),
  );
}

function nav(page: Page, name: RegExp) {
  return page.getByRole('navigation').first().getByRole('button', { name });
}

test.describe('the journal and Patterns in Spanish on a small phone', () => {
  test('writes and reads an entry, and sees Patterns, with nothing wider than the screen', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Nueva entrada' })).toBeVisible();
    await expect(page.getByText('Todavía no hay entradas.', { exact: false })).toBeVisible();

    await page.getByRole('button', { name: 'Nueva entrada' }).click();
    const editor = page.getByRole('form', { name: 'Nueva entrada' });
    await editor
      .getByRole('textbox', { name: 'Texto de la entrada' })
      .fill('Un paseo junto al río');
    await editor
      .getByRole('radiogroup', { name: 'Estado de ánimo' })
      .getByRole('radio', { name: /^2 / })
      .check();
    await editor.getByRole('button', { name: 'Mostrar todos los sentimientos' }).click();
    expect(await fitsSideways(page)).toBe(true);
    await editor.getByRole('button', { name: 'Guardar' }).click();

    await expect(page.getByText(/^Escrita el /)).toBeVisible();
    await expect(page.getByText('Ánimo 2 (difícil)')).toBeVisible();
    expect(await fitsSideways(page)).toBe(true);

    await page.getByRole('button', { name: 'Volver al diario' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 entrada' })).toBeVisible();
    await page.getByText('Filtrar').click();
    await expect(page.getByRole('button', { name: 'Quitar los filtros' })).toHaveCount(0);
    expect(await fitsSideways(page)).toBe(true);

    await nav(page, /^(Patterns|Patrones)$/).click();
    const view = page.getByRole('region', { name: 'Patrones' });
    await expect(view).toHaveAttribute('data-ready', 'true');
    await expect(view.getByRole('region', { name: 'En resumen' })).toContainText(
      'anotaste tu estado de ánimo 1 día',
    );
    await expect(view.getByRole('table').first()).toBeVisible();
    expect(await fitsSideways(page)).toBe(true);
  });
});
