import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ViewErrorBoundary } from '../../../src/app/ViewErrorBoundary';

let broken = true;
function MaybeBroken() {
  if (broken) throw new Error('Failed to fetch dynamically imported module');
  return <p>The view</p>;
}

describe('a view that cannot be opened', () => {
  it('says so kindly instead of a blank page, and the journal can be reached again', () => {
    broken = true;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onBack = vi.fn(() => {
      broken = false;
    });
    render(
      <ViewErrorBoundary resetKey="patterns" onBack={onBack}>
        <MaybeBroken />
      </ViewErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Everything you saved is kept');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the journal' }));
    expect(onBack).toHaveBeenCalledOnce();
    expect(screen.getByText('The view')).toBeInTheDocument();
    quiet.mockRestore();
  });

  it('tries again when the person moves to another view', () => {
    broken = true;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ViewErrorBoundary resetKey="patterns" onBack={() => undefined}>
        <MaybeBroken />
      </ViewErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken = false;
    rerender(
      <ViewErrorBoundary resetKey="journal" onBack={() => undefined}>
        <MaybeBroken />
      </ViewErrorBoundary>,
    );
    expect(screen.getByText('The view')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
