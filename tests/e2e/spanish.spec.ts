import { expect, type Page, test } from '@playwright/test';

// A browser set to Spanish (Spain): Keel speaks Spanish from the first screen.
test.use({
  locale: 'es-ES',
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
});

/** No view may scroll sideways on a 320 px phone (Spanish words are longer). */
async function fitsAt320(page: Page, heading: RegExp | string) {
  await page.setViewportSize({ width: 320, height: 844 });
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeAttached();
  await expect
    .poll(() =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    )
    .toBeLessThanOrEqual(0);
  // Nor may a button's words spill past its edge onto its neighbour (the bottom bar's views).
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('button')]
          .filter((button) => button.getClientRects().length > 0)
          .filter((button) => button.scrollWidth > button.clientWidth + 1)
          .map((button) => button.textContent),
      ),
    )
    .toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
}

async function go(page: Page, view: string) {
  await page
    .getByRole('navigation', { name: 'Principal' })
    .getByRole('button', { name: view })
    .click();
}

test('Keel opens in Spanish, walks its main views, and goes back to English', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: 'Salida rápida' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bloquear' })).toBeVisible();
  await page.getByRole('button', { name: 'Ahora no' }).click();

  // The journal list
  await expect(page.getByRole('heading', { level: 1, name: 'Diario' })).toBeAttached();
  await fitsAt320(page, 'Diario');

  // A new entry
  await page.getByRole('button', { name: 'Nueva entrada' }).click();
  await expect(page.getByRole('textbox', { name: 'Texto de la entrada' })).toBeVisible();
  await page.setViewportSize({ width: 320, height: 844 });
  await expect
    .poll(() =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    )
    .toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 390, height: 844 });

  await go(page, 'Patrones');
  await expect(page.getByRole('heading', { level: 1, name: 'Patrones' })).toBeVisible();
  await fitsAt320(page, 'Patrones');

  await go(page, 'Reflexionar');
  await expect(page.getByRole('heading', { level: 1, name: 'Reflexionar' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Revisa cómo estás' })).toBeVisible();
  await fitsAt320(page, 'Reflexionar');

  await go(page, 'Seguridad');
  await expect(page.getByRole('heading', { level: 1, name: 'Seguridad' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recursos' })).toBeVisible();
  await fitsAt320(page, 'Seguridad');

  await go(page, 'Ajustes');
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Copias de seguridad y exportaciones' }),
  ).toBeVisible();
  await fitsAt320(page, 'Ajustes');

  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Journal' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
});

test('the first paint speaks Spanish too, before the app has loaded', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('link', { name: 'Salida rápida' })).toBeVisible();
  await expect(page.getByText('Abriendo…')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  release();
  await expect(page.getByRole('button', { name: 'Salida rápida' })).toBeVisible();
});
