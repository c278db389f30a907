import { act, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { chooseLocale, forgetLocale } from '../../../src/ui/i18n/i18n';
import { freshDatabase } from '../helpers';

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

// Views preload when the browser is idle (a 200 ms timer here): let that run before teardown.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 400)));

afterEach(async () => {
  localStorage.clear();
  forgetLocale();
  await chooseLocale('en');
});

describe('Reflect in Spanish', () => {
  it('asks the self-check, gives back what was noted and offers prompts in Spanish', async () => {
    await chooseLocale('es');
    freshDatabase();
    render(<App />);
    await act(() => start());
    const user = userEvent.setup();
    await user.click(
      within(screen.getByRole('navigation', { name: 'Principal' })).getByRole('button', {
        name: 'Reflexionar',
      }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Reflexionar' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Revisa cómo estás' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Empezar una revisión' }));
    const form = screen.getByRole('form', { name: 'Revisión' });
    await user.click(
      within(within(form).getByRole('radiogroup', { name: /no puedo irme/ })).getByRole('radio', {
        name: 'A menudo',
      }),
    );
    await user.click(
      within(within(form).getByRole('radiogroup', { name: /con matarme/ })).getByRole('radio', {
        name: 'A veces',
      }),
    );
    await user.click(within(form).getByRole('button', { name: 'Guardar la revisión' }));

    const noted = await screen.findByRole('region', { name: 'Lo que señalaste' });
    expect(noted).toHaveTextContent(
      'Siento que no puedo irme, aunque sé que me hace daño. (a menudo)',
    );
    const safety = within(noted).getByRole('group', { name: 'Sobre tu seguridad' });
    expect(safety).toHaveTextContent('También dijiste algo que');
    expect(
      within(safety).getByRole('button', { name: 'Abrir tu plan de seguridad' }),
    ).toBeDefined();
    expect(screen.getByText(/^Tu última revisión fue el /)).toBeDefined();

    const prompts = screen.getByRole('region', { name: 'Ideas para escribir' });
    await user.click(within(prompts).getByText('El duelo'));
    expect(
      within(prompts).getAllByRole('button', { name: 'Escribir con esta pregunta' }).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Notas amables' })).toBeDefined();
  });
});
