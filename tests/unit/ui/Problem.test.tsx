import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Problem } from '../../../src/ui/Problem';

describe('Problem', () => {
  it('announces a problem as an alert', () => {
    render(<Problem>This could not be saved just now.</Problem>);
    expect(screen.getByRole('alert')).toHaveTextContent('This could not be saved just now.');
  });

  it('shows nothing while there is no problem', () => {
    const { container } = render(<Problem>{''}</Problem>);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
