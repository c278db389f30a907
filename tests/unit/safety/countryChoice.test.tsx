import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { freshDatabase } from '../helpers';

type User = ReturnType<typeof userEvent.setup>;

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

// Views preload when the browser is idle (a 200 ms timer here): let that run before teardown.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 400)));

afterEach(() => vi.restoreAllMocks());

function browserSpeaks(...languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

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

async function reload(user: User) {
  act(() => useKeel.setState(useKeel.getInitialState(), true));
  await act(() => start());
  await goToSafety(user);
}

function resources() {
  return screen.getByRole('region', { name: 'Resources' });
}

function countryChoice() {
  return within(resources()).getByRole('combobox', { name: 'Country or region' });
}

describe('the Country or region choice', () => {
  it('starts from the country of the browser’s language', async () => {
    browserSpeaks('en-AU', 'en');
    await openSafety();
    const list = await within(resources()).findByRole('region', { name: 'Australia' });
    const respect = within(list).getByRole('article', { name: '1800RESPECT' });
    expect(within(respect).getByRole('link', { name: 'Call 1800 737 732' })).toHaveAttribute(
      'href',
      'tel:1800737732',
    );
    expect(within(respect).getByRole('link', { name: 'Text 0458 737 732' })).toHaveAttribute(
      'href',
      'sms:0458737732',
    );
    expect(respect).toHaveTextContent('Any time, day or night');
    expect(countryChoice()).toHaveValue('AU');
    expect(within(resources()).queryByRole('region', { name: 'United States' })).toBeNull();
  });

  it('changes the list, and the choice is kept after a reload', async () => {
    browserSpeaks('en-US');
    const user = await openSafety();
    await within(resources()).findByRole('region', { name: 'United States' });
    await user.selectOptions(countryChoice(), 'ES');
    const spain = await within(resources()).findByRole('region', { name: 'Spain' });
    expect(within(spain).getByRole('link', { name: 'Call 016' })).toHaveAttribute(
      'href',
      'tel:016',
    );
    expect(within(resources()).queryByRole('region', { name: 'United States' })).toBeNull();
    await waitFor(() => expect(useKeel.getState().settings.country).toBe('ES'));

    await reload(user);
    await within(resources()).findByRole('region', { name: 'Spain' });
    expect(countryChoice()).toHaveValue('ES');
  });

  it('keeps their own edits and numbers when the country changes, and back', async () => {
    browserSpeaks('en-US');
    const user = await openSafety();
    const love = await within(resources()).findByRole('article', { name: 'love is respect' });
    await user.click(within(love).getByRole('button', { name: 'Edit love is respect' }));
    const edit = within(resources()).getByRole('form', { name: 'Edit love is respect' });
    await user.clear(within(edit).getByRole('textbox', { name: 'Number to call' }));
    await user.type(within(edit).getByRole('textbox', { name: 'Number to call' }), '1-555-0100');
    await user.click(within(edit).getByRole('button', { name: 'Save number' }));
    await user.click(await within(resources()).findByRole('button', { name: 'Add a number' }));
    const add = within(resources()).getByRole('form', { name: 'Add a number' });
    await user.type(within(add).getByRole('textbox', { name: 'Name' }), 'My sister');
    await user.type(within(add).getByRole('textbox', { name: 'Number to call' }), '555 0199');
    await user.click(within(add).getByRole('button', { name: 'Save number' }));
    await within(resources()).findByRole('article', { name: 'My sister' });

    await user.selectOptions(countryChoice(), 'GB');
    await within(resources()).findByRole('region', { name: 'United Kingdom' });
    // Their edit stays, under its own country; the other starting numbers give way.
    const us = within(resources()).getByRole('region', { name: 'United States' });
    expect(
      within(us)
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-label')),
    ).toEqual(['love is respect']);
    expect(within(us).getByRole('link', { name: 'Call 1-555-0100' })).toBeInTheDocument();
    expect(within(resources()).getByRole('article', { name: 'My sister' })).toBeInTheDocument();

    await reload(user);
    await user.selectOptions(countryChoice(), 'US');
    const back = await within(resources()).findByRole('article', { name: 'love is respect' });
    expect(within(back).getByRole('link', { name: 'Call 1-555-0100' })).toBeInTheDocument();
    expect(within(resources()).getByRole('article', { name: 'My sister' })).toBeInTheDocument();
    expect(
      within(resources()).getByRole('article', { name: 'National Domestic Violence Hotline' }),
    ).toBeInTheDocument();
  });

  it('says kindly how to find local help for a country Keel has no list for', async () => {
    browserSpeaks('fr-FR');
    await openSafety();
    await within(resources()).findByRole('combobox', { name: 'Country or region' });
    expect(countryChoice()).toHaveValue('other');
    expect(resources()).toHaveTextContent(/no starting list for where you are yet/);
    expect(within(resources()).queryAllByRole('article')).toHaveLength(0);
  });
});
