import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { App, preloadViews } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { database } from '../../../src/storage/schema';
import { freshDatabase } from '../helpers';

beforeAll(() => preloadViews());

async function openApp() {
  freshDatabase();
  render(<App />);
  await act(() => start());
  await act(() => preloadViews());
  return userEvent.setup();
}

async function write(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole('button', { name: 'New entry' }));
  await user.type(await screen.findByRole('textbox', { name: 'Entry text' }), text);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByRole('button', { name: 'Edit' }, { timeout: 5000 });
}

async function editTo(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole('button', { name: 'Edit' }));
  const box = await screen.findByRole('textbox', { name: 'Entry text' });
  await user.clear(box);
  await user.type(box, text);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByRole('button', { name: 'Edit' }, { timeout: 5000 });
}

describe('Earlier versions on the entry page', () => {
  it('is not offered for an entry that was never changed', async () => {
    const user = await openApp();
    await write(user, 'Only once');
    expect(screen.queryByRole('button', { name: 'Earlier versions' })).not.toBeInTheDocument();
  });

  it('lists when each earlier version was written, and each can be read', async () => {
    const user = await openApp();
    await write(user, 'The first telling');
    await editTo(user, 'The second telling');
    await editTo(user, 'The third telling');

    const button = await screen.findByRole('button', { name: 'Earlier versions' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = await screen.findByRole('list', { name: 'Earlier versions' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/^Written /);
    expect(within(items[0] as HTMLElement).getByText('The first telling')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByText('The second telling')).toBeInTheDocument();
    // The page itself shows the entry as it is now.
    expect(screen.getAllByText('The third telling')).toHaveLength(1);
  });
});

describe('removing one earlier version', () => {
  async function openVersions() {
    const user = await openApp();
    await write(user, 'The first telling');
    await editTo(user, 'The second telling');
    await editTo(user, 'The third telling');
    await user.click(await screen.findByRole('button', { name: 'Earlier versions' }));
    const list = await screen.findByRole('list', { name: 'Earlier versions' });
    return { user, list };
  }

  it('asks first, and keeps the version when the person says to keep it', async () => {
    const { user, list } = await openVersions();
    const [first] = within(list).getAllByRole('listitem') as HTMLElement[];
    await user.click(within(first as HTMLElement).getByText(/^Written /));
    await user.click(
      within(first as HTMLElement).getByRole('button', { name: 'Remove this version' }),
    );
    const question = within(first as HTMLElement).getByRole('group', {
      name: /Remove this earlier version\?/,
    });
    expect(question).toHaveTextContent('The entry as it is now stays as it is.');
    await user.click(within(question).getByRole('button', { name: 'Keep it' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(await database().versions.count()).toBe(2);
  });

  it('removes only that version, sealed row and all, and says so', async () => {
    const { user, list } = await openVersions();
    const [first] = within(list).getAllByRole('listitem') as HTMLElement[];
    await user.click(within(first as HTMLElement).getByText(/^Written /));
    await user.click(
      within(first as HTMLElement).getByRole('button', { name: 'Remove this version' }),
    );
    await user.click(screen.getByRole('button', { name: 'Remove version' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).queryByText('The first telling')).not.toBeInTheDocument();
    expect(within(list).getByText('The second telling')).toBeInTheDocument();
    expect(await database().versions.count()).toBe(1);
    expect(await screen.findByText('That earlier version was removed.')).toBeInTheDocument();
  });
});

describe('details of what happened', () => {
  it('are folded away, never asked for, and an entry saves without them', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    const details = (await screen.findByText('Details of what happened (optional)')).closest(
      'details',
    );
    expect(details).not.toHaveAttribute('open');
    await user.type(screen.getByRole('textbox', { name: 'Entry text' }), 'A hard evening');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Edit' }, { timeout: 5000 });
    const [entry] = [...useKeel.getState().entries.values()];
    expect(entry).not.toHaveProperty('harm');
  });

  it('are kept when filled and shown on the entry page, empty ones left out', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    await user.type(await screen.findByRole('textbox', { name: 'Entry text' }), 'It happened');
    await user.click(screen.getByText('Details of what happened (optional)'));
    await user.type(screen.getByRole('textbox', { name: 'Where it happened' }), 'The hallway');
    await user.type(
      screen.getByRole('textbox', { name: 'Words that were said' }),
      'You are nothing',
    );
    await user.type(screen.getByRole('textbox', { name: 'Any report made' }), 'Police, next day');
    await user.type(screen.getByRole('textbox', { name: 'Report number' }), 'AB-123');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Edit' }, { timeout: 5000 });

    const text = screen.getByRole('region', { name: 'Details of what happened' }).textContent;
    expect(text).toContain('Where it happenedThe hallway');
    expect(text).toContain('Words that were saidYou are nothing');
    expect(text).toContain('Report numberAB-123');
    expect(text).not.toContain('Who saw or heard it');
    const [entry] = [...useKeel.getState().entries.values()];
    expect(entry?.harm).toEqual({
      place: 'The hallway',
      words: 'You are nothing',
      report: 'Police, next day',
      reportNumber: 'AB-123',
    });
  });

  it('open already when editing an entry that has some', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    await user.type(await screen.findByRole('textbox', { name: 'Entry text' }), 'It happened');
    await user.click(screen.getByText('Details of what happened (optional)'));
    await user.type(screen.getByRole('textbox', { name: 'Who saw or heard it' }), 'A neighbour');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    expect(await screen.findByRole('textbox', { name: 'Who saw or heard it' })).toHaveValue(
      'A neighbour',
    );
    expect(
      screen.getByText('Details of what happened (optional)').closest('details'),
    ).toHaveAttribute('open');
  });
});
