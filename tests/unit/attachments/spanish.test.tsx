import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App, preloadViews } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { chooseLocale, forgetLocale } from '../../../src/ui/i18n/i18n';
import { freshDatabase } from '../helpers';

beforeAll(() => preloadViews());

afterEach(async () => {
  await act(() => chooseLocale('en'));
  forgetLocale();
});

async function openInSpanish() {
  freshDatabase();
  render(<App />);
  await act(() => start());
  await act(() => preloadViews());
  await act(() => chooseLocale('es'));
  return userEvent.setup();
}

async function save(user: ReturnType<typeof userEvent.setup>, text: string) {
  const box = await screen.findByRole('textbox', { name: 'Texto de la entrada' });
  await user.clear(box);
  await user.type(box, text);
  await user.click(screen.getByRole('button', { name: 'Guardar' }));
  await screen.findByRole('button', { name: 'Editar' }, { timeout: 5000 });
}

describe('photos, voice notes and history in Spanish', { timeout: 30_000 }, () => {
  it('offers photos, voice notes and the details of what happened in Spanish', async () => {
    const user = await openInSpanish();
    await user.click(await screen.findByRole('button', { name: 'Nueva entrada' }));
    expect(
      await screen.findByRole('group', { name: 'Fotos, capturas de pantalla y notas de voz' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Añadir una foto o captura de pantalla')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Grabar una nota de voz' })).toBeInTheDocument();
    expect(screen.getByText(/de hasta 25 MB cada una/)).toBeInTheDocument();
    await user.click(screen.getByText('Detalles de lo que pasó (opcional)'));
    expect(screen.getByRole('textbox', { name: 'Dónde ocurrió' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Quién lo vio o lo oyó' })).toBeInTheDocument();
  });

  it('lists earlier versions and asks before removing one, in Spanish', async () => {
    const user = await openInSpanish();
    await user.click(await screen.findByRole('button', { name: 'Nueva entrada' }));
    await save(user, 'Lo primero que escribí');
    await user.click(screen.getByRole('button', { name: 'Editar' }));
    await save(user, 'Lo que escribí después');

    await user.click(await screen.findByRole('button', { name: 'Versiones anteriores' }));
    const list = await screen.findByRole('list', { name: 'Versiones anteriores' });
    const [item] = within(list).getAllByRole('listitem') as HTMLElement[];
    await user.click(within(item as HTMLElement).getByText(/^Escrita el /));
    await user.click(
      within(item as HTMLElement).getByRole('button', { name: 'Quitar esta versión' }),
    );
    const question = screen.getByRole('group', { name: /¿Quitar esta versión anterior\?/ });
    expect(within(question).getByRole('button', { name: 'Conservarla' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Quitar versión' }));
    expect(await screen.findByText('Se quitó esa versión anterior.')).toBeInTheDocument();
  });
});
