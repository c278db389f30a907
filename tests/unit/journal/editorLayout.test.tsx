import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { App, preloadViews } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import type { Entry, Tag } from '../../../src/storage/types';
import { countTagUse, foldTags } from '../../../src/features/journal/tagUse';
import { hasUnsavedEdit } from '../../../src/features/journal/unsaved';
import { freshDatabase } from '../helpers';

beforeAll(() => preloadViews());

async function openApp() {
  freshDatabase();
  render(<App />);
  await act(() => start());
  await act(() => preloadViews());
  return userEvent.setup();
}

const feelings = () => within(screen.getByRole('group', { name: 'Feelings' }));

describe('the editor on a small screen', () => {
  it('puts "When it happened" right above the text, before mood, feelings and events', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    const form = await screen.findByRole('form', { name: 'New entry' });
    const order = [
      screen.getByLabelText('When it happened'),
      screen.getByRole('textbox', { name: 'Entry text' }),
      screen.getByRole('radiogroup', { name: 'Mood' }),
      screen.getByRole('group', { name: 'Feelings' }),
      screen.getByRole('group', { name: 'Events' }),
      screen.getByRole('button', { name: 'Save' }),
    ];
    const all = [...form.querySelectorAll('*')];
    const positions = order.map((element) => all.indexOf(element));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('shows eight feelings first and the rest behind "Show all feelings"', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    await screen.findByRole('textbox', { name: 'Entry text' });
    expect(feelings().getAllByRole('checkbox')).toHaveLength(8);
    expect(feelings().queryByRole('checkbox', { name: 'Calm' })).toBeNull();
    const more = feelings().getByRole('button', { name: 'Show all feelings' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(feelings().getByRole('button', { name: 'Show fewer feelings' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(feelings().getAllByRole('checkbox')).toHaveLength(21);
    // Ten events: folding two away would not help, so all of them show.
    expect(
      within(screen.getByRole('group', { name: 'Events' })).getAllByRole('checkbox'),
    ).toHaveLength(10);
  });

  it('shows the feelings a person uses most first, next time', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    await user.type(await screen.findByRole('textbox', { name: 'Entry text' }), 'A calm walk');
    await user.click(feelings().getByRole('button', { name: 'Show all feelings' }));
    await user.click(feelings().getByRole('checkbox', { name: 'Calm' }));
    await user.click(feelings().getByRole('checkbox', { name: 'Strength' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Edit' });
    await user.click(screen.getByRole('button', { name: 'Journal' }));
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    await screen.findByRole('textbox', { name: 'Entry text' });
    const shown = feelings()
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent);
    expect(shown.slice(0, 2)).toEqual(['Calm', 'Strength']);
    expect(shown).toHaveLength(8);
  });
});

const tag = (id: string, order: number, hidden = false): Tag => ({
  id,
  kind: 'feeling',
  name: id,
  hidden,
  order,
  createdAt: 0,
});
const twelve = Array.from({ length: 12 }, (_, i) => tag(`f${i}`, i));

describe('folding feelings and events', () => {
  it('counts each tag once per entry that chose it', () => {
    const entries = [
      { feelings: ['a', 'b'], events: ['e'] },
      { feelings: ['a'], events: [] },
    ] as unknown as Entry[];
    expect(Object.fromEntries(countTagUse(entries))).toEqual({ a: 2, b: 1, e: 1 });
  });

  it('shows the most used first, then the person’s order, and keeps chosen ones in view', () => {
    const use = new Map([
      ['f10', 5],
      ['f3', 2],
    ]);
    const { first, rest } = foldTags(twelve, use, ['f11'], 4);
    expect(first.map((t) => t.id)).toEqual(['f10', 'f3', 'f0', 'f1', 'f11']);
    expect(rest.map((t) => t.id)).toEqual(['f2', 'f4', 'f5', 'f6', 'f7', 'f8', 'f9']);
  });

  it('does not fold when only a few would be hidden', () => {
    expect(foldTags(twelve.slice(0, 11), new Map(), [], 8).rest).toEqual([]);
    expect(foldTags(twelve, new Map(), [], 8).rest).toHaveLength(4);
  });
});

describe('an unsaved edit kept as a draft', () => {
  const entry: Entry = {
    id: 'x',
    createdAt: 1,
    updatedAt: 1,
    happenedAt: 1,
    text: 'as saved',
    mood: 3,
    feelings: ['f01', 'f02'],
    events: [],
  };
  const draft = { ...entry, id: 'x', entryId: 'x', createdAt: 2, updatedAt: 2 };

  it('counts only when the words, mood, time or tags differ', () => {
    expect(hasUnsavedEdit(undefined, entry)).toBe(false);
    expect(hasUnsavedEdit(draft, entry)).toBe(false);
    expect(hasUnsavedEdit({ ...draft, feelings: ['f02', 'f01'] }, entry)).toBe(false);
    expect(hasUnsavedEdit({ ...draft, text: 'changed' }, entry)).toBe(true);
    expect(hasUnsavedEdit({ ...draft, mood: null }, entry)).toBe(true);
    expect(hasUnsavedEdit({ ...draft, events: ['e01'] }, entry)).toBe(true);
  });

  it('says so on the entry and in the list, and Continue editing resumes it', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    await user.type(await screen.findByRole('textbox', { name: 'Entry text' }), 'First words');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const text = await screen.findByRole('textbox', { name: 'Entry text' });
    await user.type(text, ' and more');
    // Leaving by the main views keeps the draft, unsaved.
    await user.click(screen.getByRole('button', { name: 'Journal' }));
    const row = await screen.findByRole('button', { name: /First words/ });
    expect(row).toHaveTextContent('Unsaved changes kept');
    await user.click(row);
    expect(await screen.findByRole('note')).toHaveTextContent(/Unsaved changes kept/);
    await user.click(screen.getByRole('button', { name: 'Continue editing' }));
    expect(await screen.findByRole('textbox', { name: 'Entry text' })).toHaveValue(
      'First words and more',
    );
    expect(useKeel.getState().entries.size).toBe(1);
  });

  it('says nothing when Edit was opened and left without a change', async () => {
    const user = await openApp();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    await user.type(await screen.findByRole('textbox', { name: 'Entry text' }), 'Unchanged');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await screen.findByRole('textbox', { name: 'Entry text' });
    await user.click(screen.getByRole('button', { name: 'Journal' }));
    expect(await screen.findByRole('button', { name: /Unchanged/ })).not.toHaveTextContent(
      'Unsaved',
    );
  });
});
