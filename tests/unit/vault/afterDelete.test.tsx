import { act, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { start } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { updateSettings } from '../../../src/state/updateSettings';
import { freshDatabase } from '../helpers';

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

describe('after Delete everything', () => {
  it('keeps the disguise, says calmly it was done, offers the exit page and names what it cannot reach', async () => {
    localStorage.clear();
    freshDatabase();
    render(<App />);
    await act(() => start());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    await act(() => updateSettings({ tabTitle: 'Notes' }));
    expect(document.title).toBe('Notes');

    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('button', { name: 'Settings' }));
    const section = await screen.findByRole('region', { name: 'Delete everything' });
    await user.type(within(section).getByLabelText('Type DELETE to confirm'), 'DELETE');
    await user.click(within(section).getByRole('button', { name: 'Delete everything' }));

    expect(
      await screen.findByText('Everything Keel kept in this browser has been deleted.'),
    ).toBeInTheDocument();
    expect(document.title).toBe('Notes');
    expect(screen.queryByRole('region', { name: 'Would you like a passphrase?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Leave for the exit page' })).toBeInTheDocument();
    const page = screen.getByRole('main');
    expect(page).toHaveTextContent(/downloaded backups/);
    expect(page).toHaveTextContent(/readable exports/);
    expect(page).toHaveTextContent(/printed or saved reports/);
    expect(page).toHaveTextContent(/Downloads folder/);
    expect(page).toHaveTextContent(/downloads list/);

    // A new journal, when asked for, starts in the same disguise.
    act(() => useKeel.setState(useKeel.getInitialState(), true));
    await act(() => start());
    expect(
      await screen.findByRole('region', { name: 'Would you like a passphrase?' }),
    ).toBeVisible();
    expect(useKeel.getState().settings.tabTitle).toBe('Notes');
    expect(document.title).toBe('Notes');
  });
});
