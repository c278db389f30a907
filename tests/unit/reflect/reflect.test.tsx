import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { loadJournal } from '../../../src/storage/entryReads';
import { formatDay } from '../../../src/lib/dates';
import { freshDatabase } from '../helpers';

type User = ReturnType<typeof userEvent.setup>;

// Whole-app tests on a busy machine: lazy views and real encryption take a moment.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

async function openApp() {
  freshDatabase();
  render(<App />);
  await act(() => start());
  return userEvent.setup();
}

/** Drops everything in memory and opens the same database again, as a reload would. */
async function reopen() {
  act(() => useKeel.setState(useKeel.getInitialState(), true));
  await act(() => start());
}

async function goTo(user: User, name: string) {
  await user.click(
    within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name }),
  );
}

async function rate(user: User, statement: RegExp, rating: 'Not at all' | 'Sometimes' | 'Often') {
  await user.click(
    within(screen.getByRole('radiogroup', { name: statement })).getByRole('radio', {
      name: rating,
    }),
  );
}

async function writeEntry(user: User, text: string) {
  await user.click(screen.getByRole('button', { name: 'New entry' }));
  await user.type(screen.getByRole('textbox', { name: 'Entry text' }), text);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByRole('button', { name: 'Edit' });
}

describe('the self-check', () => {
  it('saves a check-in, finds it after a reload, and shows gently what changed next time', async () => {
    const user = await openApp();
    await goTo(user, 'Reflect');
    expect(await screen.findByText(/not a diagnosis/)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Start a check-in' }));
    await rate(user, /unable to leave/, 'Often');
    await rate(user, /drifted from people/, 'Sometimes');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByText(/Your last check-in was on/)).toBeInTheDocument();

    await reopen();
    await goTo(user, 'Reflect');
    await user.click(await screen.findByRole('button', { name: 'Check in again' }));
    await rate(user, /unable to leave/, 'Sometimes');
    await rate(user, /drifted from people/, 'Often');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    expect(await screen.findByText('These feel less present now:')).toBeInTheDocument();
    const changes = screen.getByRole('region', { name: /^Since the one before/ });
    const eased = within(changes)
      .getByText(/unable to leave/)
      .closest('li');
    expect(eased).toHaveTextContent('often → sometimes');
    expect(within(changes).getByText(/These feel more present now/)).toBeInTheDocument();
    expect(
      within(changes)
        .getByText(/drifted from people/)
        .closest('li'),
    ).toHaveTextContent('sometimes → often');
    // No total and no label: only the signs themselves, in words.
    expect(screen.queryByText(/score:|points|out of 16|severe|mild/i)).toBeNull();
  });

  it('after three check-ins, shows what changed since the one before and since the first', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const realNow = Date.now.bind(Date);
    const today = realNow();
    let daysAgo = 14;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => realNow() - daysAgo * DAY);
    try {
      const user = await openApp();
      await goTo(user, 'Reflect');
      const checkIn = async (answers: [RegExp, 'Not at all' | 'Sometimes' | 'Often'][]) => {
        await user.click(
          await screen.findByRole('button', { name: /^(Start a check-in|Check in again)$/ }),
        );
        for (const [statement, rating] of answers) await rate(user, statement, rating);
        await user.click(screen.getByRole('button', { name: 'Save check-in' }));
        await screen.findByText(/Your last check-in was on/);
      };
      await checkIn([
        [/unable to leave/, 'Often'],
        [/drifted from people/, 'Not at all'],
        [/lied to again/, 'Often'],
      ]);
      daysAgo = 7;
      await checkIn([
        [/unable to leave/, 'Sometimes'],
        [/drifted from people/, 'Sometimes'],
        [/lied to again/, 'Often'],
      ]);
      daysAgo = 0;
      await checkIn([
        [/unable to leave/, 'Sometimes'],
        [/drifted from people/, 'Often'],
        [/lied to again/, 'Not at all'],
      ]);

      const part = (title: RegExp) =>
        screen.getByRole('heading', { name: title }).closest('.check-changes') as HTMLElement;
      const changeOf = (section: HTMLElement, statement: RegExp) =>
        within(section).getByText(statement).closest('li');
      const sinceBefore = part(/^Since the one before/);
      const sinceFirst = part(/^Since your first/);
      expect(screen.getByRole('heading', { name: /^Since the one before/ })).toHaveTextContent(
        `Since the one before, on ${formatDay(today - 7 * DAY)}`,
      );
      expect(screen.getByRole('heading', { name: /^Since your first/ })).toHaveTextContent(
        `Since your first, on ${formatDay(today - 14 * DAY)}`,
      );

      // The one before to now: one eased, one grew, one stayed the same.
      expect(changeOf(sinceBefore, /lied to again/)).toHaveTextContent('often → not at all');
      expect(changeOf(sinceBefore, /drifted from people/)).toHaveTextContent('sometimes → often');
      expect(within(sinceBefore).queryByText(/unable to leave/)).toBeNull();
      expect(sinceBefore).toHaveTextContent('One other stayed the same.');

      // The first to now: two eased, one grew, none the same.
      const eased = within(sinceFirst).getByText('These feel less present now:')
        .nextElementSibling as HTMLElement;
      expect(
        within(eased)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual([
        expect.stringMatching(/unable to leave.*\(often → sometimes\)$/),
        expect.stringMatching(/lied to again.*\(often → not at all\)$/),
      ]);
      const grown = within(sinceFirst).getByText(/These feel more present now/)
        .nextElementSibling as HTMLElement;
      expect(
        within(grown)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual([expect.stringMatching(/drifted from people.*\(not at all → often\)$/)]);
      expect(sinceFirst).not.toHaveTextContent(/stayed the same/);
    } finally {
      clock.mockRestore();
    }
  });

  it('leads from its note straight to the numbers for help in Safety', async () => {
    const user = await openApp();
    await goTo(user, 'Reflect');
    const before = window.history.length;
    await user.click(await screen.findByRole('button', { name: 'People you can talk to' }));
    const heading = await screen.findByRole('heading', { name: 'Resources' });
    await waitFor(() => expect(heading).toHaveFocus());
    // Still there once the safety plan above it has opened.
    await screen.findByRole('form', { name: 'Safety plan editor' });
    expect(heading).toHaveFocus();
    expect(useKeel.getState().view).toBe('safety');
    expect(window.history.length).toBe(before);
    expect(window.location.hash).toBe('');

    // Opening Safety from the menu afterwards starts at the top, as usual.
    await goTo(user, 'Journal');
    await goTo(user, 'Safety');
    await screen.findByRole('form', { name: 'Safety plan editor' });
    expect(screen.getByRole('heading', { name: 'Resources' })).not.toHaveFocus();
  });

  it('ends every check-in with what was noted, in the words of the statements marked', async () => {
    const user = await openApp();
    await goTo(user, 'Reflect');
    await user.click(await screen.findByRole('button', { name: 'Start a check-in' }));
    await rate(user, /unable to leave/, 'Often');
    await rate(user, /lied to again/, 'Sometimes');
    await rate(user, /drifted from people/, 'Not at all');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    const reflection = await screen.findByRole('region', { name: 'What you noted' });
    expect(within(reflection).getByRole('heading', { name: 'What you noted' })).toHaveFocus();
    expect(
      within(reflection)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'I feel unable to leave, even though I know it hurts me. (often)',
      'I have been lied to again and again. (sometimes)',
    ]);
    // Nothing about safety was noted, so nothing about it is said.
    expect(within(reflection).queryByRole('group', { name: 'About your safety' })).toBeNull();
    expect(reflection).not.toHaveTextContent(/score:|points|out of|severe|mild|high risk/i);

    // Starting the next one puts the reflection away; a check-in with nothing marked still ends kindly.
    await user.click(screen.getByRole('button', { name: 'Check in again' }));
    expect(screen.queryByRole('region', { name: 'What you noted' })).toBeNull();
    await rate(user, /unable to leave/, 'Not at all');
    await rate(user, /lied to again/, 'Not at all');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByRole('region', { name: 'What you noted' })).toHaveTextContent(
      'You did not mark any of these as part of your life just now.',
    );
  });

  it('asks about the most serious signs of danger, and meets them calmly, with the way to the safety plan and to Resources', async () => {
    const user = await openApp();
    await goTo(user, 'Reflect');
    await user.click(await screen.findByRole('button', { name: 'Start a check-in' }));
    for (const sign of [
      /threatened to kill me/,
      /choked or strangled me/,
      /gun or another weapon/,
      /follow me, watch me/,
      /getting worse, or happening more often/,
      /threatened to end their own life/,
      /my children or my pets/,
    ]) {
      expect(screen.getByRole('radiogroup', { name: sign })).toBeInTheDocument();
    }
    await rate(user, /choked or strangled me/, 'Sometimes');
    await rate(user, /follow me, watch me/, 'Often');
    await rate(user, /unable to leave/, 'Sometimes');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    const reflection = await screen.findByRole('region', { name: 'What you noted' });
    expect(within(reflection).getByText(/unable to leave/)).toBeInTheDocument();
    const safety = within(reflection).getByRole('group', { name: 'About your safety' });
    const items = within(safety)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(
        /^They have put their hands on my neck, choked or strangled me\. Being choked or strangled, even once/,
      ),
      expect.stringMatching(/^They follow me, watch me, or turn up where I am.*Being followed/),
    ]);
    expect(safety).toHaveTextContent('This is not a score or a judgement');
    expect(reflection).not.toHaveTextContent(/score:|points|out of|severe|high risk|you must/i);

    const before = window.history.length;
    await user.click(within(safety).getByRole('button', { name: 'Open your safety plan' }));
    const plan = await screen.findByRole('heading', { name: 'Safety plan' });
    await waitFor(() => expect(plan).toHaveFocus());
    expect(useKeel.getState().view).toBe('safety');
    expect(window.history.length).toBe(before);

    await goTo(user, 'Reflect');
    await user.click(await screen.findByRole('button', { name: 'Change my last answers' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    const again = await screen.findByRole('region', { name: 'What you noted' });
    await user.click(within(again).getByRole('button', { name: 'See Resources' }));
    const resources = await screen.findByRole('heading', { name: 'Resources' });
    await waitFor(() => expect(resources).toHaveFocus());
  });

  it('reads a check-in saved before the safety signs were asked, and compares what both asked', async () => {
    const user = await openApp();
    const care = await import('../../../src/storage/reflectSafetyRepo');
    const key = useKeel.getState().key as CryptoKey;
    await care.saveSelfCheck(key, {
      id: 'old-check',
      createdAt: Date.now() - 7 * 24 * 60 * 60 * 1000,
      updatedAt: Date.now() - 7 * 24 * 60 * 60 * 1000,
      answers: { s01: 2, s13: 1 },
    });
    await goTo(user, 'Reflect');
    expect(await screen.findByText(/Your last check-in was on/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check in again' }));
    await rate(user, /unable to leave/, 'Sometimes');
    await rate(user, /lied to again/, 'Sometimes');
    await rate(user, /threatened to kill me/, 'Sometimes');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    const changes = await screen.findByRole('region', { name: /^Since the one before/ });
    expect(
      within(changes)
        .getByText(/unable to leave/)
        .closest('li'),
    ).toHaveTextContent('often → sometimes');
    expect(changes).toHaveTextContent('One other stayed the same.');
    expect(within(changes).queryByText(/threatened to kill me/)).toBeNull();
  });

  it('lets the last check-in be changed, and keeps the change', async () => {
    const user = await openApp();
    await goTo(user, 'Reflect');
    await user.click(await screen.findByRole('button', { name: 'Start a check-in' }));
    await rate(user, /lied to again/, 'Often');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await user.click(await screen.findByRole('button', { name: 'Change my last answers' }));
    expect(
      within(screen.getByRole('radiogroup', { name: /lied to again/ })).getByRole('radio', {
        name: 'Often',
      }),
    ).toBeChecked();
    await rate(user, /lied to again/, 'Not at all');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await screen.findByRole('button', { name: 'Change my last answers' });

    await reopen();
    await goTo(user, 'Reflect');
    await user.click(await screen.findByRole('button', { name: 'Change my last answers' }));
    expect(
      within(screen.getByRole('radiogroup', { name: /lied to again/ })).getByRole('radio', {
        name: 'Not at all',
      }),
    ).toBeChecked();
  });
});

describe('prompts', () => {
  it('start a new entry with the prompt shown above the text, and keep it on the entry', async () => {
    const user = await openApp();
    await goTo(user, 'Reflect');
    await user.click(await screen.findByText('When I long to go back'));
    const prompt = 'What happened the last time I went back?';
    const item = screen.getByText(prompt).closest('li') as HTMLElement;
    await user.click(within(item).getByRole('button', { name: 'Write with this prompt' }));
    expect(screen.getByTestId('entry-prompt')).toHaveTextContent(prompt);
    await user.type(screen.getByRole('textbox', { name: 'Entry text' }), 'It was worse.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Edit' });
    expect([...useKeel.getState().entries.values()][0]?.prompt).toBe(prompt);
  });
});

describe('gentle notes', () => {
  it('ask once, then name the pattern, offer a kinder sentence, and link to entries about harm', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    await user.type(screen.getByRole('textbox', { name: 'Entry text' }), 'He shoved me.');
    await user.click(screen.getByRole('checkbox', { name: 'Harm or incident' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Edit' });
    expect(screen.queryByRole('complementary')).toBeNull();
    await goTo(user, 'Journal');

    await user.click(screen.getByRole('button', { name: 'New entry' }));
    await user.type(screen.getByRole('textbox', { name: 'Entry text' }), 'I think it was my fault');
    expect(screen.queryByRole('complementary')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const ask = await screen.findByRole('complementary', { name: /gentle note, if you would/ });
    // The switch lives in Reflect as well as Settings, and the offer says so.
    expect(ask).toHaveTextContent('you can switch it off at any time in Reflect or in Settings.');
    await user.click(within(ask).getByRole('button', { name: 'Yes, show gentle notes' }));
    const note = await screen.findByRole('complementary', { name: 'A gentle note' });
    expect(note).toHaveTextContent('taking the blame');
    expect(note).toHaveTextContent('It was not my fault.');
    expect(useKeel.getState().settings.reframes).toBe('on');
    // The screen shows the choice a moment before the sealed settings row is written.
    await waitFor(async () => {
      const stored = await loadJournal(useKeel.getState().key as CryptoKey);
      expect(stored.settings.reframes).toBe('on');
    });

    await user.click(within(note).getByRole('button', { name: 'Read my entries about harm (1)' }));
    expect(useKeel.getState().view).toBe('journal');
    expect(useKeel.getState().filters.events).toEqual(['e01']);
  });

  it('appear when switched on in Settings, and stay away once switched off', async () => {
    const user = await openApp();
    await goTo(user, 'Settings');
    const toggle = () =>
      screen.findByRole('checkbox', { name: 'Offer a gentle note after I save an entry' });
    expect(await toggle()).not.toBeChecked();
    await user.click(await toggle());
    // The switch saves first, then shows its new state.
    await waitFor(() => expect(useKeel.getState().settings.reframes).toBe('on'));
    expect(await toggle()).toBeChecked();

    await goTo(user, 'Journal');
    await writeEntry(user, 'She was just having a bad day.');
    expect(await screen.findByRole('complementary', { name: 'A gentle note' })).toHaveTextContent(
      'A bad day can explain a mood.',
    );

    await goTo(user, 'Settings');
    await user.click(await toggle());
    await waitFor(() => expect(useKeel.getState().settings.reframes).toBe('off'));
    expect(await toggle()).not.toBeChecked();
    await goTo(user, 'Journal');
    await writeEntry(user, 'She didn’t mean it.');
    expect(screen.getByText('She didn’t mean it.')).toBeInTheDocument();
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
