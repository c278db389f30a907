import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { useKeel } from '../../../src/state/store';
import { chooseLocale } from '../../../src/ui/i18n/i18n';
import { openAppInSpanish, speakEnglishAfterEachTest } from './inSpanish';

vi.setConfig({ testTimeout: 60_000 });

speakEnglishAfterEachTest();

describe('the app’s frame in Spanish', () => {
  it('names the top bar, the main views and Settings in Spanish', async () => {
    const user = await openAppInSpanish();

    expect(screen.getByRole('button', { name: 'Salida rápida' })).toHaveAccessibleDescription(
      'O pulsa Mayús tres veces.',
    );
    expect(await screen.findByRole('button', { name: 'Bloquear' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Principal' });
    for (const name of ['Diario', 'Patrones', 'Reflexionar', 'Seguridad', 'Ajustes']) {
      expect(within(nav).getByRole('button', { name })).toBeInTheDocument();
    }

    await user.click(within(nav).getByRole('button', { name: 'Ajustes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ajustes' })).toBeInTheDocument();
    const exit = screen.getByRole('region', { name: 'Salida rápida y pestaña' });
    expect(within(exit).getByRole('textbox', { name: 'Página de Salida rápida' })).toBeDefined();
    const tab = within(exit).getByRole('combobox', { name: 'Título e icono de la pestaña' });
    expect(within(tab).getByRole('option', { name: 'Notas' })).toHaveValue('Notes');
    expect(
      screen.getByRole('region', { name: 'Almacenamiento en este dispositivo' }),
    ).toBeInTheDocument();

    await user.clear(within(exit).getByRole('textbox', { name: 'Página de Salida rápida' }));
    await user.type(
      within(exit).getByRole('textbox', { name: 'Página de Salida rápida' }),
      'http://example.com',
    );
    await user.click(within(exit).getByRole('button', { name: 'Guardar la página de salida' }));
    expect(await within(exit).findByRole('alert')).toHaveTextContent(
      'Usa una dirección que empiece por https://',
    );
  });

  it('says a failed start in the language shown', async () => {
    await chooseLocale('es');
    act(() => useKeel.getState().setPhase('failed', 'shell.storageFailed'));
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Keel no ha podido abrir su almacenamiento en este navegador.',
    );
    expect(screen.getByRole('button', { name: 'Volver a cargar' })).toBeInTheDocument();
  });
});
