import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { forgetLocale } from '../../../src/ui/i18n/i18n';
import { freshDatabase } from '../helpers';

type User = ReturnType<typeof userEvent.setup>;

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

// Views preload when the browser is idle (a 200 ms timer here): let that run before teardown.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 400)));

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  forgetLocale();
});

function browserSpeaks(...languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

async function openApp() {
  freshDatabase();
  render(<App />);
  await act(() => start());
  return userEvent.setup();
}

// The main views' buttons, in either language (the nav speaks the language chosen).
const VIEW_NAMES = { Safety: /^(Safety|Seguridad)$/, Settings: /^(Settings|Ajustes)$/ };

async function go(user: User, view: 'Safety' | 'Settings') {
  await user.click(
    within(screen.getByRole('navigation', { name: /^(Main|Principal)$/ })).getByRole('button', {
      name: VIEW_NAMES[view],
    }),
  );
}

async function reload() {
  act(() => useKeel.setState(useKeel.getInitialState(), true));
  await act(() => start());
}

describe('the Language choice', () => {
  it('is in Settings, named in the language shown, each language in its own words', async () => {
    browserSpeaks('en-US');
    const user = await openApp();
    await go(user, 'Settings');
    const choice = await screen.findByRole('combobox', { name: 'Language' });
    expect(within(choice).getByRole('option', { name: 'Español' })).toHaveAttribute('lang', 'es');
    expect(within(choice).getByRole('option', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(document.documentElement.lang).toBe('en');

    await user.selectOptions(choice, 'es');
    expect(await screen.findByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    expect(document.documentElement.lang).toBe('es');
  });

  it('speaks Spanish in Safety and Resources once chosen, and keeps it after a reload', async () => {
    browserSpeaks('en-US');
    const user = await openApp();
    await go(user, 'Settings');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'es');
    await go(user, 'Safety');
    expect(await screen.findByRole('heading', { level: 1, name: 'Seguridad' })).toBeInTheDocument();
    const resources = await screen.findByRole('region', { name: 'Recursos' });
    expect(within(resources).getByRole('combobox', { name: 'País o región' })).toHaveValue('US');
    const hotline = await within(resources).findByRole('article', {
      name: 'National Domestic Violence Hotline',
    });
    expect(within(hotline).getByRole('link', { name: 'Llamar al 1-800-799-7233' })).toBeDefined();
    expect(within(hotline).getByRole('link', { name: 'Enviar START al 88788' })).toBeDefined();
    expect(hotline).toHaveTextContent('A cualquier hora, todos los días');
    expect(within(resources).getByRole('region', { name: 'Estados Unidos' })).toBeDefined();

    await reload();
    expect(document.documentElement.lang).toBe('es');
    await go(user, 'Safety');
    expect(await screen.findByRole('heading', { level: 1, name: 'Seguridad' })).toBeInTheDocument();
    expect(
      await screen.findByRole('form', { name: 'Editor del plan de seguridad' }),
    ).toBeInTheDocument();
  });

  it('starts from the browser’s language, and its country', async () => {
    browserSpeaks('es-MX', 'es');
    const user = await openApp();
    expect(document.documentElement.lang).toBe('es');
    await go(user, 'Safety');
    const resources = await screen.findByRole('region', { name: 'Recursos' });
    const mexico = await within(resources).findByRole('region', { name: 'México' });
    const line = within(mexico).getByRole('article', { name: 'Línea de las Mujeres 079' });
    expect(within(line).getByRole('link', { name: 'Llamar al 079' })).toHaveAttribute(
      'href',
      'tel:079',
    );
    expect(line).toHaveTextContent('Marca la opción 1');
  });

  it('falls back to English for a language Keel does not speak yet', async () => {
    browserSpeaks('fr-FR');
    const user = await openApp();
    expect(document.documentElement.lang).toBe('en');
    await go(user, 'Safety');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Resources' })).toBeDefined());
  });
});
