import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AskOnce } from '../../../src/ui/AskOnce';

const setting = (choose: (on: boolean) => Promise<void>) => (
  <AskOnce
    labelClassName="chip"
    heading="A setting"
    label="Do the kind thing"
    choice="ask"
    choose={choose}
    problemFor={() => 'This could not be saved just now.'}
    hint="Keel will ask the first time."
  />
);

describe('AskOnce', () => {
  it('is a named section whose box starts unticked while Keel has not asked', () => {
    render(setting(() => Promise.resolve()));
    expect(screen.getByRole('region', { name: 'A setting' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Do the kind thing' })).not.toBeChecked();
    expect(screen.getByText('Keel will ask the first time.')).toBeInTheDocument();
  });

  it('saves the answer, and says so kindly when it could not be saved', async () => {
    const choose = vi.fn(() => Promise.reject(new Error('disk full')));
    render(setting(choose));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Do the kind thing' }));
    expect(choose).toHaveBeenCalledWith(true);
    expect(await screen.findByRole('alert')).toHaveTextContent('This could not be saved just now.');
  });
});
