import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyUpdate } from '../../../src/app/pwa/registerServiceWorker';
import { useUpdate } from '../../../src/app/pwa/updateState';
import { UpdateNotice } from '../../../src/app/pwa/UpdateNotice';
import * as autosave from '../../../src/features/journal/autosave';

afterEach(() => act(() => useUpdate.setState({ state: 'none', dismissed: false })));

describe('the update notice', () => {
  it('shows nothing while there is no update', () => {
    render(<UpdateNotice />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('offers to reload now or later, and "Later" puts it away', async () => {
    render(<UpdateNotice />);
    act(() => useUpdate.setState({ state: 'ready' }));
    expect(await screen.findByText(/An update is ready/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload now' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('asks a tab left on the old version to reload, with no "Later"', async () => {
    render(<UpdateNotice />);
    act(() => useUpdate.setState({ state: 'elsewhere' }));
    expect(await screen.findByText(/updated in another tab/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Later' })).toBeNull();
  });
});

describe('reloading for an update', () => {
  it('saves the draft first, and does not reload when the draft could not be written', async () => {
    const calls: string[] = [];
    vi.spyOn(autosave, 'flushDraftSave').mockImplementation(async () => {
      calls.push('flush');
    });
    vi.spyOn(autosave, 'hasPendingDraft').mockImplementation(() => {
      calls.push('check');
      return true;
    });
    useUpdate.setState({ state: 'ready' });
    await applyUpdate();
    expect(calls).toEqual(['flush', 'check']);
    expect(useUpdate.getState().state).toBe('unsaved');
  });
});
