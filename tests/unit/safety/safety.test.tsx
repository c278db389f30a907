import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { lockJournal } from '../../../src/app/lock';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { database } from '../../../src/storage/schema';
import { freshDatabase } from '../helpers';

type User = ReturnType<typeof userEvent.setup>;

// Whole-app tests on a busy machine: lazy views and real encryption take a moment.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

async function openSafety() {
  freshDatabase();
  render(<App />);
  await act(() => start());
  const user = userEvent.setup();
  await goToSafety(user);
  return user;
}

async function goToSafety(user: User) {
  await user.click(
    within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', {
      name: 'Safety',
    }),
  );
  await screen.findByRole('form', { name: 'Safety plan editor' });
}

/** Drops everything in memory and opens the same database again, as a reload would. */
async function reload(user: User) {
  act(() => useKeel.setState(useKeel.getInitialState(), true));
  await act(() => start());
  await goToSafety(user);
}

function plan() {
  return screen.getByRole('region', { name: 'Safety plan' });
}

function resources() {
  return screen.getByRole('region', { name: 'Resources' });
}

/** Answers Keel's own in-page question (never the browser's, which would block Quick exit). */
async function answer(user: User, question: string | RegExp, button: string) {
  const dialog = await screen.findByRole('alertdialog', { name: question });
  await user.click(within(dialog).getByRole('button', { name: button }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
}

/** Changes one field of a resource through its edit form. */
async function editResource(user: User, name: string, field: string, value: string) {
  const card = await within(resources()).findByRole('article', { name });
  await user.click(within(card).getByRole('button', { name: `Edit ${name}` }));
  const form = within(resources()).getByRole('form', { name: `Edit ${name}` });
  const input = within(form).getByRole('textbox', { name: field });
  await user.clear(input);
  await user.type(input, value);
  await user.click(within(form).getByRole('button', { name: 'Save number' }));
  await within(resources()).findByRole('article', { name });
}

describe('the safety plan', () => {
  it('saves what is written, finds it after a reload, and saves an edit', async () => {
    const user = await openSafety();
    await user.click(within(plan()).getByRole('button', { name: 'Add a person' }));
    const person = within(plan()).getByRole('group', { name: 'Person 1' });
    await user.type(within(person).getByRole('textbox', { name: 'Name' }), 'Aunt Rosa');
    await user.type(
      within(person).getByRole('textbox', { name: 'How to reach them' }),
      'Her landline, after 6',
    );
    await user.type(within(plan()).getByRole('textbox', { name: 'Code word' }), 'pineapple');
    await user.click(within(plan()).getByRole('checkbox', { name: /^Documents/ }));
    await user.type(
      within(plan()).getByRole('textbox', { name: 'Steps for leaving' }),
      'Bag at work.',
    );
    await user.click(within(plan()).getByRole('button', { name: 'Save' }));
    expect(await within(plan()).findByText('Saved')).toBeInTheDocument();

    await reload(user);
    const again = within(plan()).getByRole('group', { name: 'Person 1' });
    expect(within(again).getByRole('textbox', { name: 'Name' })).toHaveValue('Aunt Rosa');
    expect(within(plan()).getByRole('textbox', { name: 'Code word' })).toHaveValue('pineapple');
    expect(within(plan()).getByRole('checkbox', { name: /^Documents/ })).toBeChecked();
    expect(within(plan()).getByRole('textbox', { name: 'Steps for leaving' })).toHaveValue(
      'Bag at work.',
    );

    const code = within(plan()).getByRole('textbox', { name: 'Code word' });
    await user.clear(code);
    await user.type(code, 'blue kettle');
    await user.click(within(plan()).getByRole('button', { name: 'Save' }));
    expect(await within(plan()).findByText('Saved')).toBeInTheDocument();
    await reload(user);
    expect(within(plan()).getByRole('textbox', { name: 'Code word' })).toHaveValue('blue kettle');
  });

  it('saves by itself a moment after typing stops', async () => {
    const user = await openSafety();
    await user.type(
      within(plan()).getByRole('textbox', { name: 'Safe places I can go' }),
      'Library',
    );
    expect(await within(plan()).findByText('Saved')).toBeInTheDocument();
    await reload(user);
    expect(within(plan()).getByRole('textbox', { name: 'Safe places I can go' })).toHaveValue(
      'Library',
    );
  });

  it('keeps what was typed a moment before Lock was pressed', async () => {
    const user = await openSafety();
    await user.type(within(plan()).getByRole('textbox', { name: 'Code word' }), 'red umbrella');
    // Well inside the autosave's wait: without a save started by the lock, this is lost.
    await act(() => lockJournal());
    expect(useKeel.getState().key).toBeNull();
    await reload(user);
    expect(within(plan()).getByRole('textbox', { name: 'Code word' })).toHaveValue('red umbrella');
  });

  it('asks in the page before removing a safe person, and keeps them on "Keep them"', async () => {
    const user = await openSafety();
    const confirm = vi.spyOn(window, 'confirm');
    await user.click(within(plan()).getByRole('button', { name: 'Add a person' }));
    const person = within(plan()).getByRole('group', { name: 'Person 1' });
    await user.type(within(person).getByRole('textbox', { name: 'Name' }), 'Aunt Rosa');

    await user.click(within(plan()).getByRole('button', { name: 'Remove person 1' }));
    // Quick exit stays outside the question, in reach.
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    await answer(user, 'Remove Aunt Rosa from your plan?', 'Keep them');
    expect(
      within(within(plan()).getByRole('group', { name: 'Person 1' })).getByRole('textbox', {
        name: 'Name',
      }),
    ).toHaveValue('Aunt Rosa');

    await user.click(within(plan()).getByRole('button', { name: 'Remove person 1' }));
    await answer(user, 'Remove Aunt Rosa from your plan?', 'Remove');
    expect(within(plan()).queryByRole('group', { name: 'Person 1' })).toBeNull();
    expect(await within(plan()).findByText('Saved')).toBeInTheDocument();
    await reload(user);
    expect(within(plan()).queryByRole('group', { name: 'Person 1' })).toBeNull();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('prints with the print window', async () => {
    const user = await openSafety();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(within(plan()).getByRole('button', { name: 'Print plan' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('moves to the numbers for help without touching the tab history', async () => {
    const user = await openSafety();
    const before = window.history.length;
    await user.click(screen.getByRole('button', { name: 'Go to numbers for help' }));
    expect(screen.getByRole('heading', { name: 'Resources' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Go to my safety plan' }));
    expect(screen.getByRole('heading', { name: 'Safety plan' })).toHaveFocus();
    expect(window.history.length).toBe(before);
    expect(window.location.hash).toBe('');
  });

  it('leads to the page about staying safe on this device', async () => {
    const user = await openSafety();
    await user.click(screen.getByRole('button', { name: 'Staying safe on this device' }));
    expect(useKeel.getState().view).toBe('staying-safe');
  });
});

describe('resources', () => {
  it('show the United States numbers with call and text links, and say numbers differ elsewhere', async () => {
    await openSafety();
    const list = resources();
    expect(await within(list).findByRole('heading', { name: 'United States' })).toBeInTheDocument();
    expect(within(list).getByText(/Numbers differ from country to country/)).toBeInTheDocument();
    expect(within(list).getByText(/call log, message history and bill/)).toBeInTheDocument();
    const hotline = within(list).getByRole('article', {
      name: 'National Domestic Violence Hotline',
    });
    expect(within(hotline).getByRole('link', { name: 'Call 1-800-799-7233' })).toHaveAttribute(
      'href',
      'tel:18007997233',
    );
    expect(within(hotline).getByRole('link', { name: 'Text START to 88788' })).toHaveAttribute(
      'href',
      'sms:88788?body=START',
    );
    const emergency = within(list).getByRole('article', { name: 'Emergency services' });
    expect(within(emergency).getByRole('link', { name: 'Call 911' })).toHaveAttribute(
      'href',
      'tel:911',
    );
    for (const name of [
      'National Domestic Violence Hotline (TTY)',
      'love is respect',
      'RAINN National Sexual Assault Hotline',
      'National Human Trafficking Hotline',
    ]) {
      expect(within(list).getByRole('article', { name })).toBeInTheDocument();
    }
  });

  it('add one of their own, keep it after a reload, edit it and remove it', async () => {
    const user = await openSafety();
    await within(resources()).findByRole('heading', { name: 'United States' });
    await user.click(within(resources()).getByRole('button', { name: 'Add a number' }));
    const form = within(resources()).getByRole('form', { name: 'Add a number' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Women’s Aid helpline');
    await user.type(within(form).getByRole('textbox', { name: 'Country' }), 'Ireland');
    await user.type(within(form).getByRole('textbox', { name: 'Number to call' }), '1800 341 900');
    await user.click(within(form).getByRole('button', { name: 'Save number' }));
    const mine = await within(resources()).findByRole('article', { name: 'Women’s Aid helpline' });
    expect(within(mine).getByRole('link', { name: 'Call 1800 341 900' })).toHaveAttribute(
      'href',
      'tel:1800341900',
    );
    expect(within(resources()).getByRole('heading', { name: 'Ireland' })).toBeInTheDocument();

    await reload(user);
    const kept = await within(resources()).findByRole('article', { name: 'Women’s Aid helpline' });
    await user.click(within(kept).getByRole('button', { name: 'Edit Women’s Aid helpline' }));
    const edit = within(resources()).getByRole('form', { name: 'Edit Women’s Aid helpline' });
    await user.type(within(edit).getByRole('textbox', { name: 'Note' }), '24 hours');
    await user.click(within(edit).getByRole('button', { name: 'Save number' }));
    await reload(user);
    const edited = await within(resources()).findByRole('article', {
      name: 'Women’s Aid helpline',
    });
    expect(edited).toHaveTextContent('24 hours');

    await user.click(within(edited).getByRole('button', { name: 'Remove Women’s Aid helpline' }));
    await answer(user, 'Remove Women’s Aid helpline from your list?', 'Remove');
    await waitFor(() =>
      expect(
        within(resources()).queryByRole('article', { name: 'Women’s Aid helpline' }),
      ).toBeNull(),
    );
    await reload(user);
    await within(resources()).findByRole('heading', { name: 'United States' });
    expect(within(resources()).queryByRole('article', { name: 'Women’s Aid helpline' })).toBeNull();
  });

  it('remember a removed starting number, and can put the starting list back', async () => {
    const user = await openSafety();
    const trafficking = await within(resources()).findByRole('article', {
      name: 'National Human Trafficking Hotline',
    });
    await user.click(
      within(trafficking).getByRole('button', {
        name: 'Remove National Human Trafficking Hotline',
      }),
    );
    await answer(user, /^Remove National Human Trafficking Hotline from your list\?/, 'Remove');
    await reload(user);
    await within(resources()).findByRole('heading', { name: 'United States' });
    expect(
      within(resources()).queryByRole('article', { name: 'National Human Trafficking Hotline' }),
    ).toBeNull();
    await user.click(
      within(resources()).getByRole('button', { name: 'Put back the United States list' }),
    );
    expect(
      await within(resources()).findByRole('article', {
        name: 'National Human Trafficking Hotline',
      }),
    ).toBeInTheDocument();
  });

  it('put back only the removed starting numbers, keeping edits and their own numbers', async () => {
    const user = await openSafety();
    await within(resources()).findByRole('heading', { name: 'United States' });
    // One starting number edited to a local line, one removed, and one of their own.
    await editResource(user, 'love is respect', 'Number to call', '1-555-0100');
    await editResource(user, 'RAINN National Sexual Assault Hotline', 'Note', 'Ask for Sam');
    await user.click(within(resources()).getByRole('button', { name: 'Add a number' }));
    const form = within(resources()).getByRole('form', { name: 'Add a number' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'My sister');
    await user.type(within(form).getByRole('textbox', { name: 'Number to call' }), '555 0199');
    await user.click(within(form).getByRole('button', { name: 'Save number' }));
    await within(resources()).findByRole('article', { name: 'My sister' });
    await user.click(
      within(resources()).getByRole('button', {
        name: 'Remove National Human Trafficking Hotline',
      }),
    );
    await answer(user, /^Remove National Human Trafficking Hotline/, 'Remove');

    // The button appears once the removal is stored (it is async): wait for it.
    await user.click(
      await within(resources()).findByRole('button', { name: 'Put back the United States list' }),
    );
    const back = await within(resources()).findByRole('article', {
      name: 'National Human Trafficking Hotline',
    });
    expect(within(back).getByRole('link', { name: 'Call 1-888-373-7888' })).toBeInTheDocument();

    const check = () => {
      const love = within(resources()).getByRole('article', { name: 'love is respect' });
      expect(within(love).getByRole('link', { name: 'Call 1-555-0100' })).toBeInTheDocument();
      expect(within(love).queryByRole('link', { name: 'Call 1-866-331-9474' })).toBeNull();
      expect(
        within(resources()).getByRole('article', { name: 'RAINN National Sexual Assault Hotline' }),
      ).toHaveTextContent('Ask for Sam');
      expect(within(resources()).getByRole('article', { name: 'My sister' })).toBeInTheDocument();
      expect(
        within(resources()).getAllByRole('article', { name: 'National Human Trafficking Hotline' }),
      ).toHaveLength(1);
    };
    check();
    expect(
      within(resources()).queryByRole('button', { name: 'Put back the United States list' }),
    ).toBeNull();
    await reload(user);
    await within(resources()).findByRole('article', { name: 'National Human Trafficking Hotline' });
    check();
  });
  it('are shown from the starting list without writing anything until one is edited', async () => {
    const user = await openSafety();
    await within(resources()).findByRole('article', { name: 'Emergency services' });
    expect(await database().resources.count()).toBe(0);
    await editResource(user, 'love is respect', 'Number to call', '1-555-0100');
    expect(await database().resources.count()).toBe(1);
  });

  it('refuse a note over the limit with a kind message, and store nothing', async () => {
    const user = await openSafety();
    const card = await within(resources()).findByRole('article', { name: 'Emergency services' });
    await user.click(within(card).getByRole('button', { name: 'Edit Emergency services' }));
    const form = within(resources()).getByRole('form', { name: 'Edit Emergency services' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Note' }), {
      target: { value: 'x'.repeat(2001) },
    });
    expect(form).toHaveTextContent('The note is 1 character longer than Keel can keep');
    await user.click(within(form).getByRole('button', { name: 'Save number' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(/shorten it, and save again/);
    expect(await database().resources.count()).toBe(0);
    await reload(user);
    const back = await within(resources()).findByRole('article', { name: 'Emergency services' });
    expect(back).toHaveTextContent('If you are in danger right now.');
  });
});
