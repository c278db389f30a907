import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { openAppInSpanish, speakEnglishAfterEachTest } from '../i18n/inSpanish';

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

speakEnglishAfterEachTest();

describe('Reflect in Spanish', () => {
  it('asks the self-check, gives back what was noted and offers prompts in Spanish', async () => {
    const user = await openAppInSpanish();
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
