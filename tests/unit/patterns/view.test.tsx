import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import * as writes from '../../../src/storage/writes';
import { loadJournal } from '../../../src/storage/entryReads';
import type { Entry, StoryChoice } from '../../../src/storage/types';
import { freshDatabase } from '../helpers';
import {
  ANXIETY,
  APOLOGY,
  at,
  CONTACT,
  entry,
  FEAR,
  HARM,
  LONGING,
  NO_CONTACT,
  URGE,
} from './data';

// jsdom has no canvas: the chart itself is replaced by a stand-in that records what it
// was asked to draw, so the tests can check that the text alternative says the same.
const drawn: { series: { label: string; values: (number | null)[] }[] }[] = [];
vi.mock('../../../src/features/patterns/TimeChart', () => ({
  TimeChart: (props: { series: { label: string; values: (number | null)[] }[] }) => {
    drawn.push(props);
    return <div data-testid="chart" />;
  },
  loadUPlot: () => Promise.resolve(),
}));

const TODAY = at(2026, 11, 20);

/** Harm on 1, 10, 20 and 28 October; apologies on 2, 12 and 29 October. */
function story(): Entry[] {
  return [
    entry(at(2026, 10, 1), { mood: 1, events: [HARM], text: 'The door slammed.' }),
    entry(at(2026, 10, 2), { mood: 3, events: [APOLOGY], text: 'Flowers.' }),
    entry(at(2026, 10, 10), { mood: 2, events: [HARM], text: 'Shouting again.' }),
    entry(at(2026, 10, 12), { mood: 4, events: [APOLOGY], text: 'A promise.' }),
    entry(at(2026, 10, 20), { mood: 1, events: [HARM], text: 'I hid in the bathroom.' }),
    entry(at(2026, 10, 28), { mood: 2, events: [HARM], text: 'He broke my phone.' }),
    entry(at(2026, 10, 29), { mood: 3, events: [APOLOGY], text: 'A new phone.' }),
    entry(at(2026, 11, 10), {
      mood: 2,
      events: [CONTACT],
      feelings: [FEAR, ANXIETY],
      text: 'He called.',
    }),
    entry(at(2026, 11, 15), { mood: 4, events: [NO_CONTACT], feelings: [FEAR] }),
    entry(at(2026, 11, 18), { mood: 5, events: [NO_CONTACT], text: 'Walked by the sea.' }),
  ];
}

async function openWith(entries: Entry[]) {
  freshDatabase();
  render(<App />);
  await act(() => start());
  act(() => useKeel.setState({ entries: new Map(entries.map((e) => [e.id, e])) }));
  return userEvent.setup();
}

async function openPatterns(entries: Entry[]) {
  const user = await openWith(entries);
  await user.click(screen.getByRole('button', { name: 'Patterns' }));
  // The first lazy load of the view (charts included) can be slow under test.
  const view = await screen.findByRole('region', { name: 'Patterns' }, { timeout: 10_000 });
  return { user, view };
}

// Load the lazy view once, up front: on a busy machine the first import is slow, and no
// single test should carry that.
beforeAll(async () => {
  await import('../../../src/features/patterns/PatternsView');
}, 60_000);

beforeEach(() => {
  drawn.length = 0;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
});
afterEach(() => vi.useRealTimers());

describe('the Patterns view', { timeout: 30_000 }, () => {
  it('marks itself ready once every part is on screen', async () => {
    const { view } = await openPatterns(story());
    // The mark is set just after the view is drawn, so it is waited for, not assumed.
    await waitFor(() => expect(view).toHaveAttribute('data-ready', 'true'));
    for (const part of ['In short', 'The cycle', 'Mood over time', 'Calendar', 'Feelings']) {
      expect(within(view).getByRole('region', { name: part })).toBeInTheDocument();
    }
    expect(within(view).getByRole('region', { name: 'What follows what' })).toBeInTheDocument();
  });

  it('says kindly that there is nothing yet when nothing was written', async () => {
    const { view } = await openPatterns([]);
    expect(view).toHaveTextContent('When you have written a few entries');
    await waitFor(() => expect(view).toHaveAttribute('data-ready', 'true'));
  });

  it('sums up the mood chart in words and a table that match what it draws', async () => {
    const { user, view } = await openPatterns(story());
    const part = within(view).getByRole('region', { name: 'Mood over time' });
    expect(within(part).getByTestId('mood-summary')).toHaveTextContent(
      'you noted a mood on 5 days. It averaged 3.2 out of 5, from 2 on the hardest day to 5 on the easiest.',
    );
    const moodChart = drawn.findLast((d) => d.series.some((s) => s.label === 'Mood that day'));
    const daily = moodChart?.series.find((s) => s.label === 'Mood that day')?.values ?? [];
    expect(daily.filter((v) => v !== null)).toEqual([2, 3, 2, 4, 5]);

    await user.click(within(part).getByText('Show the moods as a table'));
    const rows = within(within(part).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      '2',
      '3',
      '2',
      '4',
      '5',
    ]);
  });

  it('starts with a short summary, the cycle first, then mood and contact, with a way to each part', async () => {
    const { user, view } = await openPatterns(story());
    const summary = within(view).getByRole('region', { name: 'In short' });
    // It comes before every other part of the view.
    expect(within(view).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('In short');
    const lines = within(within(summary).getByTestId('patterns-summary'))
      .getAllByText(/./, { selector: 'p' })
      .map((p) => p.textContent ?? '');
    expect(lines[0]).toBe(
      'After 3 of the 4 times you noted harm, an apology, gift or promise followed within 3 days.',
    );
    expect(lines.findIndex((l) => l.includes('you noted a mood on'))).toBeGreaterThan(
      lines.findIndex((l) => l.includes('lasted about 8 days')),
    );
    expect(lines.at(-1)).toMatch(/no contact held on 2 days/);

    const links = within(summary).getByRole('navigation', { name: 'Parts of Patterns' });
    expect(
      within(links)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['The cycle', 'Mood over time', 'Calendar', 'Feelings', 'What follows what']);
    const before = window.history.length;
    await user.click(within(links).getByRole('button', { name: 'Feelings' }));
    expect(within(view).getByRole('heading', { name: 'Feelings', level: 2 })).toHaveFocus();
    await user.click(within(links).getByRole('button', { name: 'The cycle' }));
    expect(within(view).getByRole('heading', { name: 'The cycle', level: 2 })).toHaveFocus();
    expect(window.history.length).toBe(before);
    expect(window.location.hash).toBe('');
  });

  it('widens the mood chart to all time', async () => {
    const { user, view } = await openPatterns(story());
    const part = within(view).getByRole('region', { name: 'Mood over time' });
    await user.click(within(part).getByRole('radio', { name: 'All time' }));
    expect(within(part).getByTestId('mood-summary')).toHaveTextContent(
      'you noted a mood on 10 days',
    );
  });

  it('lists each feeling with the same counts as its bars', async () => {
    const { user, view } = await openPatterns(story());
    const part = within(view).getByRole('region', { name: 'Feelings' });
    // Long tables stay folded until asked for.
    expect(within(part).queryByRole('table')).toBeNull();
    await user.click(within(part).getByText('Show each feeling as a table'));
    const table = within(part).getByRole('table', { name: 'Entries noting each feeling' });
    const fear = within(table).getByRole('row', { name: /Fear/ });
    expect(
      within(fear)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '0']);
    expect(within(part).getByTestId('feeling-pairs')).toHaveTextContent(
      'You noted Fear and Anxiety in the same entry once.',
    );
  });

  it('compares the days after contact with other days', async () => {
    const { user, view } = await openPatterns(story());
    const part = within(view).getByRole('region', { name: 'What follows what' });
    await user.selectOptions(within(part).getByRole('combobox', { name: 'Days after' }), '7');
    expect(within(part).getByTestId('follows-summary')).toHaveTextContent(
      'You noted “Contact with them” on 1 day.In the 7 days after each time, your mood was 4 out of 5 on average (you noted it on one of those days).',
    );
    expect(within(part).queryByTestId('lift-after-harm')).toBeNull();
  });

  it('meets a lift in mood after harm gently, and leads to The cycle', async () => {
    const { user, view } = await openPatterns([
      entry(at(2026, 11, 1), { mood: 1, events: [HARM], text: 'He shouted.' }),
      entry(at(2026, 11, 2), { mood: 4, events: [APOLOGY], text: 'Flowers.' }),
      entry(at(2026, 11, 6), { mood: 2, text: 'Tense.' }),
      entry(at(2026, 11, 10), { mood: 1, events: [HARM], text: 'He pushed me.' }),
      entry(at(2026, 11, 11), { mood: 5, events: [APOLOGY], text: 'Sorry, again.' }),
      entry(at(2026, 11, 15), { mood: 2, text: 'Walking on eggshells.' }),
    ]);
    const part = within(view).getByRole('region', { name: 'What follows what' });
    await user.selectOptions(within(part).getByRole('combobox', { name: 'Event' }), HARM);
    const note = within(part).getByTestId('lift-after-harm');
    expect(note).toHaveTextContent(
      'Your mood was higher in the days after harm than on other days. That happens to many people: after harm there is often an apology, or a calmer spell',
    );
    await user.click(within(note).getByRole('button', { name: 'See The cycle' }));
    expect(within(view).getByRole('heading', { name: 'The cycle' })).toHaveFocus();
  });

  it('tells the cycle in plain words, and the table and timeline agree', async () => {
    const { user, view } = await openPatterns(story());
    const part = within(view).getByRole('region', { name: 'The cycle' });
    // The cycle's words open the summary at the top; the part itself draws them.
    const words = within(within(view).getByRole('region', { name: 'In short' })).getByTestId(
      'cycle-summary',
    );
    expect(words).toHaveTextContent(
      'After 3 of the 4 times you noted harm, an apology, gift or promise followed within 3 days.',
    );
    expect(words).toHaveTextContent(
      'After 2 of the 3 apologies, gifts or promises you noted, harm came again.',
    );
    expect(words).toHaveTextContent('lasted about 8 days');

    const timeline = drawn.find((d) => d.series.some((s) => s.label === 'Harm or incident'));
    const harm = timeline?.series.find((s) => s.label === 'Harm or incident')?.values ?? [];
    const apology =
      timeline?.series.find((s) => s.label === 'Apology, gift or promise')?.values ?? [];
    expect(harm.filter((v) => v !== null)).toHaveLength(4);
    expect(apology.filter((v) => v !== null)).toHaveLength(3);

    await user.click(within(part).getByText('Show each time as a table'));
    const rows = within(within(part).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[2]).toHaveTextContent('None within 3 days');
    expect(rows[3]).toHaveTextContent('Not noted since');

    await user.selectOptions(
      within(part).getByRole('combobox', { name: 'Apology counted within' }),
      '1',
    );
    expect(words).toHaveTextContent('After 2 of the 4 times you noted harm');
  });

  it('shows days since contact as plain information', async () => {
    const { view } = await openPatterns(story());
    const part = within(view).getByRole('region', { name: 'In short' });
    expect(within(part).getByTestId('contact-summary')).toHaveTextContent(
      '10 days ago.Since then you noted no contact held on 2 days.',
    );
    expect(within(part).getByTestId('contact-summary')).not.toHaveTextContent(
      /streak|broke|reset|again/i,
    );
  });

  it('meets contact today without reproach', async () => {
    const { view } = await openPatterns([
      ...story(),
      entry(at(2026, 11, 20, 8), { events: [CONTACT] }),
    ]);
    const part = within(view).getByRole('region', { name: 'In short' });
    expect(part).toHaveTextContent(
      'You noted contact today. Writing it down keeps your record whole.',
    );
  });

  it('opens a day of the calendar and then one of its entries', async () => {
    const { user, view } = await openPatterns(story());
    const part = within(view).getByRole('region', { name: 'Calendar' });
    await user.click(within(part).getByRole('button', { name: 'Previous month' }));
    expect(within(part).getByTestId('month-summary')).toHaveTextContent(
      'you wrote on 7 days; mood averaged 2.3.',
    );
    const day = within(part).getByRole('button', {
      name: /(Oct 20|20 Oct).*1 entry, mood 1 \(very hard\), Harm or incident/,
    });
    await user.click(day);
    const list = within(part).getByRole('region', { name: /Entries on/ });
    await user.click(within(list).getByRole('button', { name: /I hid in the bathroom/ }));
    expect(useKeel.getState().view).toBe('entry');
    expect(await screen.findByText('I hid in the bathroom.')).toBeInTheDocument();
  });

  it('shows a year with a sentence per month', async () => {
    const { user, view } = await openPatterns(story());
    const part = within(view).getByRole('region', { name: 'Calendar' });
    await user.click(within(part).getByRole('button', { name: 'Year' }));
    expect(
      within(part).getByRole('button', { name: /October.*7 days written, mood averaged 2.3/ }),
    ).toBeInTheDocument();
    // It opens on the months that were written in, not on empty ones.
    const months = within(part).getAllByRole('listitem');
    expect(months.map((m) => m.querySelector('.year-month-name')?.textContent)).toEqual([
      'October',
      'November',
    ]);
    expect(within(part).queryByRole('button', { name: /^March/ })).toBeNull();
    expect(part).toHaveTextContent('Nothing was written in 2026 before October.');
  });

  it('opens the calendar on the latest month written in', async () => {
    const { view } = await openPatterns([
      entry(at(2026, 8, 30), { mood: 2, text: 'Late August.' }),
      entry(at(2026, 9, 14), { mood: 3, text: 'A September day.' }),
    ]);
    const part = within(view).getByRole('region', { name: 'Calendar' });
    expect(within(part).getByTestId('month-summary')).toHaveTextContent(
      'September 2026: you wrote on 1 day',
    );
  });

  it('says so kindly when nothing was written in a year', async () => {
    const { user, view } = await openPatterns(story());
    const part = within(view).getByRole('region', { name: 'Calendar' });
    await user.click(within(part).getByRole('button', { name: 'Year' }));
    await user.click(within(part).getByRole('button', { name: 'Previous year' }));
    expect(part).toHaveTextContent('Nothing was written in 2025.');
    expect(within(part).queryAllByRole('listitem')).toHaveLength(0);
  });
});

describe('the year calendar', { timeout: 30_000 }, () => {
  /** The drawn day tiles of a month of the year view: day of the month → its marks. */
  function tiles(month: HTMLElement): Record<number, string> {
    const days = [...month.querySelectorAll('.mini > span:not(.pad)')];
    return Object.fromEntries(days.map((tile, i) => [i + 1, tile.textContent ?? '']));
  }
  const marked = (all: Record<number, string>) =>
    Object.fromEntries(Object.entries(all).filter(([, marks]) => marks !== ''));

  it('marks each day with its events, and names the events in the text alternative', async () => {
    const { user, view } = await openPatterns(story());
    const part = within(view).getByRole('region', { name: 'Calendar' });
    await user.click(within(part).getByRole('button', { name: 'Year' }));

    const october = within(part).getByRole('button', { name: /^October/ });
    expect(october).toHaveAccessibleName(
      'October, 7 days written, mood averaged 2.3; Harm or incident on 4 days; Apology, gift or promise on 3 days',
    );
    const octoberTiles = tiles(october);
    expect(Object.keys(octoberTiles)).toHaveLength(31);
    // Harm on 1, 10, 20 and 28 October; apologies on 2, 12 and 29.
    expect(marked(octoberTiles)).toEqual({
      1: '◆',
      2: '●',
      10: '◆',
      12: '●',
      20: '◆',
      28: '◆',
      29: '●',
    });

    const november = within(part).getByRole('button', { name: /^November/ });
    expect(november).toHaveAccessibleName(
      'November, 3 days written, mood averaged 3.7; No contact held on 2 days; Contact with them on 1 day',
    );
    expect(marked(tiles(november))).toEqual({ 10: '○', 15: '□', 18: '□' });

    // The month view of October draws the same marks on the same days.
    await user.click(october);
    const table = within(part).getByRole('table');
    const monthMarks = Object.fromEntries(
      within(table)
        .getAllByRole('button')
        .map((day) => [Number(day.firstElementChild?.textContent), day.querySelector('.marks')])
        .filter(([, marks]) => marks !== null)
        .map(([day, marks]) => [day, (marks as Element).textContent]),
    );
    expect(monthMarks).toEqual(marked(octoberTiles));
  });
});

describe('remembering the whole story', { timeout: 30_000 }, () => {
  const longing = () =>
    entry(at(2026, 11, 19), { mood: 3, feelings: [LONGING], text: 'I miss him tonight.' });
  const ASK = 'Your earlier entries, if you would like them';
  const EARLIER = ['He broke my phone.', 'I hid in the bathroom.', 'The door slammed.'];

  async function openEntry(entries: Entry[], id: string, choice?: StoryChoice) {
    const user = await openWith(entries);
    if (choice) {
      act(() =>
        useKeel.setState({ settings: { ...useKeel.getState().settings, rememberStory: choice } }),
      );
    }
    act(() => useKeel.getState().openEntry(id));
    return user;
  }

  const stored = async () =>
    (await loadJournal(useKeel.getState().key as CryptoKey)).settings.rememberStory;

  it('asks first, and shows nothing of earlier entries until the answer is yes', async () => {
    const today = longing();
    const user = await openEntry([...story(), today], today.id);
    expect(useKeel.getState().settings.rememberStory).toBe('ask');
    const question = await screen.findByRole('region', { name: ASK }, { timeout: 10_000 });
    expect(question).toHaveTextContent(
      'Keel can show a few of your own earlier entries from harder days beside it. Would you like to see them?',
    );
    expect(question).toHaveTextContent('Whatever you choose, Keel will not ask again');
    expect(screen.getByText('I miss him tonight.')).toBeInTheDocument();
    for (const words of EARLIER) expect(screen.queryByText(words)).toBeNull();
    expect(screen.queryByRole('region', { name: 'The whole story' })).toBeNull();

    await user.click(within(question).getByRole('button', { name: 'Yes, show them' }));
    const region = await screen.findByRole('region', { name: 'The whole story' });
    expect(screen.queryByRole('region', { name: ASK })).toBeNull();
    expect(within(region).getAllByRole('listitem')).toHaveLength(3);
    expect(within(region).getByRole('heading', { name: 'The whole story' })).toHaveFocus();
    await waitFor(async () => expect(await stored()).toBe('on'));
  });

  it('keeps asking, and shows nothing, when a yes could not be saved', async () => {
    const today = longing();
    const user = await openEntry([...story(), today], today.id);
    const question = await screen.findByRole('region', { name: ASK }, { timeout: 10_000 });
    const spy = vi.spyOn(writes, 'saveSettings').mockRejectedValueOnce(new Error('disk full'));
    await user.click(within(question).getByRole('button', { name: 'Yes, show them' }));
    expect(await within(question).findByRole('alert')).toHaveTextContent(
      'Your answer could not be saved just now. Trying again may work.',
    );
    spy.mockRestore();
    expect(screen.getByRole('region', { name: ASK })).toBe(question);
    expect(screen.queryByRole('region', { name: 'The whole story' })).toBeNull();
    for (const words of EARLIER) expect(screen.queryByText(words)).toBeNull();
    expect(useKeel.getState().settings.rememberStory).toBe('ask');

    await user.click(within(question).getByRole('button', { name: 'Yes, show them' }));
    expect(await screen.findByRole('region', { name: 'The whole story' })).toBeInTheDocument();
  });

  it('is never asked again once answered yes', async () => {
    const first = longing();
    const second = entry(at(2026, 11, 20, 9), { events: [CONTACT], text: 'He texted.' });
    const user = await openEntry([...story(), first, second], first.id);
    const question = await screen.findByRole('region', { name: ASK }, { timeout: 10_000 });
    await user.click(within(question).getByRole('button', { name: 'Yes, show them' }));
    await screen.findByRole('region', { name: 'The whole story' });
    act(() => useKeel.getState().openEntry(second.id));
    expect(await screen.findByText('He texted.')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'The whole story' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: ASK })).toBeNull();
  });

  it('takes no for an answer: nothing shown, saved, and not asked again', async () => {
    const first = longing();
    const second = entry(at(2026, 11, 20, 9), { events: [CONTACT], text: 'He texted.' });
    const user = await openEntry([...story(), first, second], first.id);
    const question = await screen.findByRole('region', { name: ASK }, { timeout: 10_000 });
    await user.click(within(question).getByRole('button', { name: 'No, thank you' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: ASK })).toBeNull());
    expect(screen.queryByRole('region', { name: 'The whole story' })).toBeNull();
    for (const words of EARLIER) expect(screen.queryByText(words)).toBeNull();
    await waitFor(async () => expect(await stored()).toBe('off'));
    expect(useKeel.getState().status).toBe(
      'Keel will not show earlier entries. You can change this in Settings.',
    );

    act(() => useKeel.getState().openEntry(second.id));
    expect(await screen.findByText('He texted.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: ASK })).toBeNull();
    expect(screen.queryByRole('region', { name: 'The whole story' })).toBeNull();
  });

  it('does not ask when there is nothing of harder days to offer', async () => {
    const today = longing();
    const calmDays = [entry(at(2026, 11, 1), { mood: 4, text: 'A quiet day.' }), today];
    await openEntry(calmDays, today.id);
    expect(await screen.findByText('I miss him tonight.')).toBeInTheDocument();
    await act(() => import('../../../src/features/patterns/PatternsView'));
    expect(screen.queryByRole('region', { name: ASK })).toBeNull();
    // The part is there and listening: a hard day written earlier brings the question.
    const hard = entry(at(2026, 11, 2), { mood: 1, text: 'A hard night.' });
    act(() => {
      const entries = new Map(useKeel.getState().entries);
      entries.set(hard.id, hard);
      useKeel.setState({ entries });
    });
    expect(await screen.findByRole('region', { name: ASK })).toBeInTheDocument();
    expect(screen.queryByText('A hard night.')).toBeNull();
  });

  it('shows three of their own harder days beside an entry that notes longing', async () => {
    const today = longing();
    await openEntry([...story(), today], today.id, 'on');
    const region = await screen.findByRole(
      'region',
      { name: 'The whole story' },
      { timeout: 10_000 },
    );
    expect(region).toHaveTextContent(
      'You chose to see these beside entries like this one. Here is what you wrote on some harder days.',
    );
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('He broke my phone.');
    expect(items[1]).toHaveTextContent('I hid in the bathroom.');
    expect(items[2]).toHaveTextContent('The door slammed.');
  });

  it('at a moment of longing, shows the harm they wrote down and never a line of self-blame', async () => {
    // The journal from issue 20, exactly: the self-blame line and a neutral hard day were
    // shown, the three entries noting harm were not.
    const journal = [
      entry(at(2026, 10, 3), {
        mood: 2,
        events: [HARM],
        text: 'He grabbed my arm so hard it left marks. I told him to stop.',
      }),
      entry(at(2026, 10, 9), {
        mood: 2,
        events: [HARM],
        text: 'We argued about money. He threw my phone against the wall.',
      }),
      entry(at(2026, 10, 21), {
        mood: 2,
        events: [HARM],
        text: 'He turned up at my work and waited outside until I came out.',
      }),
      entry(at(2026, 11, 2), {
        mood: 1,
        text: 'It was my fault he got angry, I should have been quieter.',
      }),
      entry(at(2026, 11, 12), { mood: 2, text: 'Tired. Went to bed early.' }),
    ];
    const longingNow = entry(at(2026, 11, 19, 23), {
      mood: 2,
      feelings: [LONGING],
      events: [URGE],
      text: 'I miss him so much tonight. Maybe it was not that bad.',
    });
    await openEntry([...journal, longingNow], longingNow.id, 'on');
    const region = await screen.findByRole(
      'region',
      { name: 'The whole story' },
      { timeout: 10_000 },
    );
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(
      'He turned up at my work and waited outside until I came out.',
    );
    expect(items[1]).toHaveTextContent('He threw my phone against the wall.');
    expect(items[2]).toHaveTextContent('He grabbed my arm so hard it left marks.');
    expect(region).not.toHaveTextContent('my fault');
    expect(region).not.toHaveTextContent('quieter');
    expect(region).not.toHaveTextContent('Went to bed early');
  });

  it('shows nothing beside an entry without longing, an urge or contact', async () => {
    const entries = [...story(), longing()];
    const calm = entries[9] as Entry;
    const today = entries[10] as Entry;
    await openEntry(entries, today.id, 'on');
    await screen.findByRole('region', { name: 'The whole story' }, { timeout: 10_000 });
    act(() => useKeel.getState().openEntry(calm.id));
    expect(await screen.findByText('Walked by the sea.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'The whole story' })).toBeNull();
  });

  it('hides for now, while the setting stays on', async () => {
    const today = longing();
    const user = await openEntry([...story(), today], today.id, 'on');
    const region = await screen.findByRole(
      'region',
      { name: 'The whole story' },
      { timeout: 10_000 },
    );
    await user.click(within(region).getByRole('button', { name: 'Hide for now' }));
    expect(screen.queryByRole('region', { name: 'The whole story' })).toBeNull();
    expect(useKeel.getState().settings.rememberStory).toBe('on');
  });

  it('can be switched off right there, and the choice is saved', async () => {
    const today = longing();
    const user = await openEntry([...story(), today], today.id, 'on');
    const region = await screen.findByRole(
      'region',
      { name: 'The whole story' },
      { timeout: 10_000 },
    );
    await user.click(within(region).getByRole('button', { name: 'Stop showing this' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'The whole story' })).toBeNull(),
    );
    // The choice is written through the settings queue, just after the region hides.
    await waitFor(async () => expect(await stored()).toBe('off'));
  });

  it('has a switch in Settings, off until chosen, that turns it on and off', async () => {
    const user = await openWith(story());
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const box = await screen.findByRole(
      'checkbox',
      { name: 'Keep the whole story in view' },
      { timeout: 10_000 },
    );
    const part = screen.getByRole('region', { name: 'The whole story' });
    expect(box).not.toBeChecked();
    // It says what ticking does: no question comes after it.
    expect(part).toHaveTextContent(
      'You have not chosen yet, so Keel will ask the first time it applies. Ticking this box is your yes: they will show from then on, without asking.',
    );
    expect(part).not.toHaveTextContent('before it shows anything');
    await user.click(box);
    await waitFor(() => expect(box).toBeChecked());
    await waitFor(async () => expect(await stored()).toBe('on'));
    expect(part).not.toHaveTextContent('Keel will ask');
    await user.click(box);
    await waitFor(() => expect(box).not.toBeChecked());
    await waitFor(async () => expect(await stored()).toBe('off'));
    await user.click(box);
    await waitFor(() => expect(box).toBeChecked());
    await waitFor(async () => expect(await stored()).toBe('on'));
  });
});
