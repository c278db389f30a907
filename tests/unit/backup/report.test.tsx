import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ReportView from '../../../src/features/backup/ReportView';
import { useKeel } from '../../../src/state/store';
import { DEFAULT_SETTINGS } from '../../../src/storage/types';
import { formatDateTime, formatDay } from '../../../src/lib/dates';
import { toDayKey } from '../../../src/lib/dayKey';
import { coveredText, cycleSummary, leftOutText } from '../../../src/features/backup/report';
import type { Entry } from '../../../src/storage/types';
import { freshDatabase } from '../helpers';
import { entry, newKey, tag } from './backupHelpers';

describe('the printable report', () => {
  it('shows user text as text, never as markup', async () => {
    freshDatabase();
    const hostile = '<script>window.hacked = true</script><b>bold?</b> \u202Eright-to-left';
    useKeel.getState().open(
      await newKey(),
      {
        entries: [entry('x', hostile, { happenedAt: Date.now(), events: ['e01'] })],
        drafts: [],
        tags: [tag('e01', 'event', 'Harm or incident')],
        settings: DEFAULT_SETTINGS,
        unreadable: 0,
      },
      false,
    );
    const { container } = render(<ReportView />);
    const report = screen.getByRole('article', { name: 'Report' });
    expect(within(report).getAllByText(hostile)).toHaveLength(2);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('drops everything it showed when the journal locks', async () => {
    freshDatabase();
    useKeel.getState().open(
      await newKey(),
      {
        entries: [entry('x', 'Something private', { happenedAt: Date.now() })],
        drafts: [],
        tags: [],
        settings: DEFAULT_SETTINGS,
        unreadable: 0,
      },
      false,
    );
    render(<ReportView />);
    expect(screen.getByText('Something private')).toBeInTheDocument();
    act(() => useKeel.getState().resetAll());
    expect(await screen.findByText(/0 entries/)).toBeInTheDocument();
    expect(screen.queryByText('Something private')).toBeNull();
  });

  it('lists each incident with when it happened and when it was written', async () => {
    freshDatabase();
    const happened = Date.now() - 3 * 86_400_000;
    const written = Date.now() - 86_400_000;
    useKeel.getState().open(
      await newKey(),
      {
        entries: [
          entry('h', 'He shouted and broke the mug', {
            happenedAt: happened,
            createdAt: written,
            events: ['e01'],
          }),
          entry('q', 'A quiet walk', { happenedAt: happened }),
        ],
        drafts: [],
        tags: [tag('e01', 'event', 'Harm or incident')],
        settings: DEFAULT_SETTINGS,
        unreadable: 0,
      },
      false,
    );
    render(<ReportView />);
    const log = screen.getByRole('region', { name: 'Incident log' });
    const rows = within(log).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const cells = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      formatDateTime(happened),
      formatDateTime(written),
      'He shouted and broke the mug',
    ]);
  });
});

/** Local noon of a day in 2025 (month from 1), so no time zone moves an entry to another day. */
const noon = (month: number, day: number) => new Date(2025, month - 1, day, 12).getTime();
const harm = (id: string, month: number, day: number) =>
  entry(id, 'harm', { happenedAt: noon(month, day), events: ['e01'] });
const apology = (id: string, month: number, day: number) =>
  entry(id, 'apology', { happenedAt: noon(month, day), events: ['e02'] });

/**
 * Worked out by hand, apology counted within 3 days. In March: harm on the 2nd, 10th and
 * 20th; an apology on the 4th (2 days after the harm of the 2nd) and the 25th (5 days after
 * the 20th: too late). The apology of the 4th is followed by harm 6 days later, on the
 * 10th; the one of the 25th by none in March. Outside March, harm on 27 Feb and 2 Apr and
 * an apology on 28 Feb would add a harm-then-apology, and harm after every apology.
 */
const march: Entry[] = [
  harm('h1', 3, 2),
  apology('a1', 3, 4),
  harm('h2', 3, 10),
  harm('h3', 3, 20),
  apology('a2', 3, 25),
  entry('q', 'A quiet day', { happenedAt: noon(3, 15) }),
];
const around: Entry[] = [harm('h0', 2, 27), apology('a0', 2, 28), harm('h4', 4, 2)];

const inMarch = [
  'After 1 of the 3 times you noted harm, an apology, gift or promise followed within 3 days.',
  'After 1 of the 2 apologies, gifts or promises you noted, harm came again.',
  'The quieter time between an apology and the next harm usually lasted about 6 days.',
];
// With February and April too: harm on 5 days, an apology within 3 days after the harm of
// 27 Feb and of 2 Mar; every apology followed by harm (2, 6 and 8 days on: the middle is 6).
const withAround = [
  'After 2 of the 5 times you noted harm, an apology, gift or promise followed within 3 days.',
  'After 3 of the 3 apologies, gifts or promises you noted, harm came again.',
  'The quieter time between an apology and the next harm usually lasted about 6 days.',
];

describe('the cycle in the printable report', () => {
  const today = noon(6, 1);

  it('counts only the entries it is given, as the Patterns view words it', () => {
    expect(cycleSummary(march, today)).toEqual(inMarch);
    expect(cycleSummary([...march, ...around], today)).toEqual(withAround);
    expect(cycleSummary([entry('q', 'A quiet day', { happenedAt: noon(3, 15) })], today)).toEqual(
      [],
    );
  });

  it('says what the chosen dates show, and leaves out entries outside them', async () => {
    freshDatabase();
    useKeel.getState().open(
      await newKey(),
      {
        entries: [...march, ...around],
        drafts: [],
        tags: [tag('e01', 'event', 'Harm or incident'), tag('e02', 'event', 'Apology')],
        settings: DEFAULT_SETTINGS,
        unreadable: 0,
      },
      false,
    );
    render(<ReportView />);
    fireEvent.change(screen.getByLabelText('Report from'), { target: { value: '2025-03-01' } });
    fireEvent.change(screen.getByLabelText('Report to'), { target: { value: '2025-03-31' } });
    const part = screen.getByRole('region', { name: 'The cycle' });
    for (const line of inMarch) expect(within(part).getByText(line)).toBeInTheDocument();
    expect(within(part).queryByText(/of the 5 times/)).toBeNull();

    fireEvent.change(screen.getByLabelText('Report from'), { target: { value: '2025-02-01' } });
    fireEvent.change(screen.getByLabelText('Report to'), { target: { value: '2025-04-30' } });
    const wider = screen.getByRole('region', { name: 'The cycle' });
    for (const line of withAround) expect(within(wider).getByText(line)).toBeInTheDocument();

    // Dates with no harm noted: no cycle part (the count of incidents says 0).
    fireEvent.change(screen.getByLabelText('Report from'), { target: { value: '2025-03-11' } });
    fireEvent.change(screen.getByLabelText('Report to'), { target: { value: '2025-03-19' } });
    expect(screen.queryByRole('region', { name: 'The cycle' })).toBeNull();
    expect(screen.getByText('Entries that record harm or an incident: 0')).toBeInTheDocument();
  });
});

describe('the dates a printable report covers', () => {
  const day = 86_400_000;
  const incidentAt = Date.now() - 33 * day;
  const journal = () => [
    entry('old', 'He threw my phone at the wall', { happenedAt: incidentAt, events: ['e01'] }),
    entry('new', 'A quiet morning', { happenedAt: Date.now() - day }),
  ];

  async function openReport() {
    freshDatabase();
    useKeel.getState().open(
      await newKey(),
      {
        entries: journal(),
        drafts: [],
        tags: [tag('e01', 'event', 'Harm or incident')],
        settings: DEFAULT_SETTINGS,
        unreadable: 0,
      },
      false,
    );
    render(<ReportView />);
  }

  it('covers the whole journal at first, so an incident from 33 days ago is in it', async () => {
    await openReport();
    const log = screen.getByRole('region', { name: 'Incident log' });
    expect(within(log).getByText('He threw my phone at the wall')).toBeInTheDocument();
    expect(screen.getByLabelText('Report from')).toHaveValue('');
    const report = screen.getByRole('article', { name: 'Report' });
    expect(
      within(report).getByText(
        `Covers ${formatDay(incidentAt)} to ${formatDay(Date.now() - day)}, the whole journal. 2 entries.`,
        { exact: false },
      ),
    ).toBeInTheDocument();
  });

  it('says which dates it covers and what chosen dates leave out', async () => {
    await openReport();
    const from = toDayKey(Date.now() - 10 * day);
    fireEvent.change(screen.getByLabelText('Report from'), { target: { value: from } });
    const report = screen.getByRole('article', { name: 'Report' });
    expect(
      within(report).getByText(`Covers ${formatDay(Date.now() - 10 * day)} to`, { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      '1 entry is outside these dates and not in this report, 1 of them noting harm or an incident.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Whole journal' }));
    expect(screen.getByLabelText('Report from')).toHaveValue('');
    const log = screen.getByRole('region', { name: 'Incident log' });
    expect(within(log).getByText('He threw my phone at the wall')).toBeInTheDocument();
  });
});

describe('coverage words', () => {
  const at = (d: number) => new Date(2025, 2, d, 12).getTime();
  const list = [entry('a', 'x', { happenedAt: at(2) }), entry('b', 'y', { happenedAt: at(9) })];

  it('names real dates, from the entries when none are chosen', () => {
    expect(coveredText({ from: '', to: '' }, list)).toBe(
      `Covers ${formatDay(at(2))} to ${formatDay(at(9))}, the whole journal.`,
    );
    expect(coveredText({ from: '2025-03-05', to: '' }, list.slice(1))).toBe(
      `Covers ${formatDay(at(5))} to ${formatDay(at(9))}.`,
    );
    expect(coveredText({ from: '', to: '' }, [])).toBe(
      'Covers the whole journal, which has no entries yet.',
    );
  });

  it('counts what chosen dates leave out, incidents too', () => {
    const harm = entry('h', 'z', { happenedAt: at(1), events: ['e01'] });
    expect(leftOutText([...list, harm], list)).toBe(
      '1 entry is outside these dates and not in this report, 1 of them noting harm or an incident.',
    );
    expect(leftOutText(list, list)).toBe('');
    expect(leftOutText(list, [])).toBe('2 entries are outside these dates and not in this report.');
  });
});
