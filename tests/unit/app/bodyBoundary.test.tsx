import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { useKeel } from '../../../src/state/store';

// As after an update removed the old lock screen chunk: its import fails.
vi.mock('../../../src/features/lock/LockScreen', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('a lock screen that cannot be loaded', () => {
  it('says so kindly and keeps Quick exit, instead of a blank page', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    act(() => useKeel.getState().resetAll('locked'));
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This part of Keel could not be opened just now',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    // There is no journal to go back to while it is locked.
    expect(screen.queryByRole('button', { name: 'Back to the journal' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeInTheDocument();
    quiet.mockRestore();
  });
});
