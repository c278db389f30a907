import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/app/store';
import { loadJournal } from '../../../src/db/repo';
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
    const eased = screen.getByText(/unable to leave/).closest('li');
    expect(eased).toHaveTextContent('often → sometimes');
    expect(screen.getByText(/These feel more present now/)).toBeInTheDocument();
    expect(screen.getByText(/drifted from people/).closest('li')).toHaveTextContent(
      'sometimes → often',
    );
    // No total and no label: only the signs themselves, in words.
    expect(screen.queryByText(/score:|points|out of 16|severe|mild/i)).toBeNull();
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
    await user.click(within(ask).getByRole('button', { name: 'Yes, show gentle notes' }));
    const note = await screen.findByRole('complementary', { name: 'A gentle note' });
    expect(note).toHaveTextContent('taking the blame');
    expect(note).toHaveTextContent('It was not my fault.');
    expect(useKeel.getState().settings.reframes).toBe('on');
    const stored = await loadJournal(useKeel.getState().key as CryptoKey);
    expect(stored.settings.reframes).toBe('on');

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
