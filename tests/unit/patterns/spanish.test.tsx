import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import type { Entry } from '../../../src/storage/types';
import { chooseLocale, forgetLocale } from '../../../src/ui/i18n/i18n';
import { freshDatabase } from '../helpers';
import { ANXIETY, APOLOGY, at, CONTACT, entry, FEAR, HARM, NO_CONTACT } from './data';

// jsdom has no canvas: the chart is a stand-in that records the labels it was given.
const drawn: { series: { label: string }[] }[] = [];
vi.mock('../../../src/features/patterns/TimeChart', () => ({
  TimeChart: (props: { series: { label: string }[] }) => {
    drawn.push(props);
    return <div data-testid="chart" />;
  },
  loadUPlot: () => Promise.resolve(),
}));

const TODAY = at(2026, 11, 20);

/** Seven weeks: harm and apologies in October, contact and then none in November. */
function weeks(): Entry[] {
  return [
    entry(at(2026, 10, 1), { mood: 1, events: [HARM] }),
    entry(at(2026, 10, 2), { mood: 3, events: [APOLOGY] }),
    entry(at(2026, 10, 10), { mood: 2, events: [HARM] }),
    entry(at(2026, 10, 12), { mood: 4, events: [APOLOGY] }),
    entry(at(2026, 10, 20), { mood: 1, events: [HARM], text: 'Me escondí en el baño.' }),
    entry(at(2026, 10, 28), { mood: 2, events: [HARM] }),
    entry(at(2026, 10, 29), { mood: 3, events: [APOLOGY] }),
    entry(at(2026, 11, 10), { mood: 2, events: [CONTACT], feelings: [FEAR, ANXIETY] }),
    entry(at(2026, 11, 15), { mood: 4, events: [NO_CONTACT], feelings: [FEAR] }),
    entry(at(2026, 11, 18), { mood: 5, events: [NO_CONTACT] }),
  ];
}

beforeAll(async () => {
  await import('../../../src/features/patterns/PatternsView');
}, 60_000);

beforeEach(() => {
  drawn.length = 0;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
});

afterEach(async () => {
  vi.useRealTimers();
  await act(() => chooseLocale('en'));
  forgetLocale();
});

async function openPatternsInSpanish(entries: Entry[]) {
  freshDatabase();
  render(<App />);
  await act(() => start());
  act(() => useKeel.setState({ entries: new Map(entries.map((e) => [e.id, e])) }));
  await act(() => chooseLocale('es'));
  act(() => useKeel.getState().go('patterns'));
  const view = await screen.findByRole('region', { name: 'Patrones' }, { timeout: 10_000 });
  return { user: userEvent.setup(), view };
}

describe('Patterns in Spanish', { timeout: 30_000 }, () => {
  it('tells the summary, the cycle and contact in Spanish, with plurals', async () => {
    const { user, view } = await openPatternsInSpanish(weeks());
    const summary = within(view).getByRole('region', { name: 'En resumen' });
    const cycle = within(summary).getByTestId('cycle-summary');
    expect(cycle).toHaveTextContent(
      'De las 4 veces que anotaste un daño, en 3 hubo una disculpa, un regalo o una promesa en un plazo de 3 días.',
    );
    expect(cycle).toHaveTextContent(
      'Después de 2 de las 3 disculpas, regalos o promesas que anotaste, volvió a haber daño.',
    );
    expect(cycle).toHaveTextContent('solía durar alrededor de 8 días.');
    expect(within(summary).getByTestId('contact-summary')).toHaveTextContent(
      'hace 10 días.Desde entonces anotaste 2 días sin contacto.',
    );
    expect(
      within(summary).getByRole('navigation', { name: 'Partes de Patrones' }),
    ).toHaveTextContent(
      'El cicloEl ánimo con el tiempoCalendarioSentimientosQué viene después de qué',
    );

    const part = within(view).getByRole('region', { name: 'El ciclo' });
    await user.click(within(part).getByText('Mostrar cada vez en una tabla'));
    expect(within(part).getByRole('table')).toHaveTextContent('Ninguna en 3 días');
    await user.selectOptions(
      within(part).getByRole('combobox', { name: 'Plazo para contar una disculpa' }),
      '1',
    );
    expect(cycle).toHaveTextContent(
      'en 2 hubo una disculpa, un regalo o una promesa en un plazo de 1 día.',
    );
    expect(within(part).getByRole('option', { name: '1 día' })).toBeInTheDocument();
    expect(within(part).getByRole('table')).toHaveTextContent('Ninguna en 1 día');
    expect(drawn.flatMap((d) => d.series.map((s) => s.label))).toEqual(
      expect.arrayContaining(['Daño o incidente', 'Ánimo de ese día', 'Media de siete días']),
    );
  });

  it('says mood, feelings and what follows in Spanish, numbers with a decimal comma', async () => {
    const { user, view } = await openPatternsInSpanish(weeks());
    const mood = within(view).getByRole('region', { name: 'El ánimo con el tiempo' });
    expect(within(mood).getByTestId('mood-summary')).toHaveTextContent(
      /^Entre el .+ y el .+, anotaste tu estado de ánimo 5 días\. La media fue de \d,\d sobre 5/,
    );
    expect(within(mood).getByRole('radio', { name: 'Todo' })).toBeInTheDocument();

    const feelings = within(view).getByRole('region', { name: 'Sentimientos' });
    expect(within(feelings).getByTestId('feelings-summary')).toHaveTextContent(
      /^En los últimos 30 días escribiste 5 entradas; en los 30 días anteriores, 5\. El sentimiento que más anotaste últimamente fue .+ \(2 veces\)\.$/,
    );
    expect(within(feelings).getByTestId('feeling-pairs')).toHaveTextContent(
      'en la misma entrada una vez.',
    );

    const follows = within(view).getByRole('region', { name: 'Qué viene después de qué' });
    await user.selectOptions(within(follows).getByRole('combobox', { name: 'Hecho' }), HARM);
    expect(within(follows).getByTestId('follows-summary')).toHaveTextContent(
      /Anotaste “.+” 4 días\.Cada vez, en los 3 días siguientes tu ánimo fue de \d,\d sobre 5 de media \(lo anotaste en \d de esos días\)\./,
    );
    expect(within(follows).getByRole('option', { name: 'El día siguiente' })).toBeInTheDocument();
  });

  it('names days and months in Spanish in the calendar', async () => {
    const { user, view } = await openPatternsInSpanish(weeks());
    const part = within(view).getByRole('region', { name: 'Calendario' });
    expect(within(part).getByTestId('month-summary')).toHaveTextContent(
      'En noviembre de 2026 escribiste 3 días; el ánimo medio fue 3,7.',
    );
    const month = within(part).getByRole('table', { name: 'Noviembre de 2026' });
    expect(within(month).getAllByRole('columnheader')[0]).toHaveTextContent(/^lun/);

    await user.click(within(part).getByRole('button', { name: 'Mes anterior' }));
    await user.click(
      within(part).getByRole('button', { name: /20 oct.*1 entrada, ánimo 1 \(muy difícil\)/ }),
    );
    expect(within(part).getByRole('region', { name: /^Entradas del / })).toHaveTextContent(
      'Me escondí en el baño.',
    );

    await user.click(within(part).getByRole('button', { name: 'Año' }));
    expect(
      within(part).getByRole('button', { name: /^Octubre, 7 días escritos, ánimo medio 2,3/ }),
    ).toBeInTheDocument();
    expect(part).toHaveTextContent('En 2026 no escribiste nada antes de octubre.');
    expect(view).not.toHaveTextContent(/you noted|you wrote|Show |Previous|Nothing/);
  });

  it('says kindly that there is nothing yet', async () => {
    const { view } = await openPatternsInSpanish([]);
    expect(view).toHaveTextContent('Cuando hayas escrito algunas entradas');
  });
});
