import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App, preloadViews } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import type { Entry } from '../../../src/storage/types';
import { chooseLocale, forgetLocale } from '../../../src/ui/i18n/i18n';
import { freshDatabase } from '../helpers';
import { at, entry, FEAR } from '../patterns/data';

beforeAll(() => preloadViews());

afterEach(async () => {
  await act(() => chooseLocale('en'));
  forgetLocale();
});

async function openInSpanish(entries: Entry[]) {
  freshDatabase();
  render(<App />);
  await act(() => start());
  await act(() => preloadViews());
  act(() => useKeel.setState({ entries: new Map(entries.map((e) => [e.id, e])) }));
  await act(() => chooseLocale('es'));
  return userEvent.setup();
}

describe('the journal in Spanish', { timeout: 30_000 }, () => {
  it('lists entries with Spanish words, counts and dates', async () => {
    await openInSpanish([
      entry(at(2026, 12, 1), { mood: 3, text: 'Un paseo largo' }),
      entry(at(2026, 12, 3), { mood: 5, feelings: [FEAR], text: 'Un día tranquilo' }),
    ]);

    expect(await screen.findByRole('button', { name: 'Nueva entrada' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Buscar en las entradas' })).toBeInTheDocument();
    expect(screen.getByText('2 entradas')).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Entradas' });
    expect(within(list).getByText(/Ánimo 3 \(con altibajos\)/)).toBeInTheDocument();
    expect(within(list).getByText(/Ánimo 5 \(bueno\)/)).toBeInTheDocument();
    expect(within(list).getByText(/3 dic 2026/)).toBeInTheDocument();
    expect(screen.getByText('Filtrar')).toBeInTheDocument();
    expect(screen.queryByText(/entries|Mood|Filter/)).toBeNull();
  });

  it('says one entry in the singular', async () => {
    await openInSpanish([entry(at(2026, 12, 1), { mood: 1 })]);
    expect(await screen.findByText('1 entrada')).toBeInTheDocument();
    expect(screen.getByText(/Ánimo 1 \(muy difícil\)/)).toBeInTheDocument();
  });

  it('writes, saves and reads an entry in Spanish', async () => {
    const user = await openInSpanish([]);
    expect(await screen.findByText(/Todavía no hay entradas/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nueva entrada' }));
    const editor = await screen.findByRole('form', { name: 'Nueva entrada' });
    expect(within(editor).getByText('Cuándo pasó')).toBeInTheDocument();
    expect(within(editor).getByRole('group', { name: 'Sentimientos' })).toBeInTheDocument();
    expect(within(editor).getByRole('group', { name: 'Hechos' })).toBeInTheDocument();
    expect(within(editor).getByRole('button', { name: 'Descartar el borrador' })).toBeVisible();
    expect(within(editor).getByText(/cifrado y solo en este dispositivo/)).toBeInTheDocument();
    await user.type(within(editor).getByRole('textbox', { name: 'Texto de la entrada' }), 'Hoy');
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Estado de ánimo' })).getByRole('radio', {
        name: /^4 llevadero/,
      }),
    );
    await user.click(within(editor).getByRole('button', { name: 'Quitar el estado de ánimo' }));
    await user.click(within(editor).getByRole('button', { name: 'Guardar' }));

    expect(await screen.findByText(/^Escrita el /)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Editar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Eliminar' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Editar' }));
    expect(await screen.findByRole('form', { name: 'Editar la entrada' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancelar la edición' })).toBeInTheDocument();
  });
});
