import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReadableExport } from '../../../src/features/backup/ReadableExport';

describe('the readable copy', () => {
  it('says in plain words what each kind of file is for', () => {
    render(<ReadableExport />);
    expect(screen.queryByText(/Markdown, JSON or a spreadsheet \(CSV\)/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Readable export' }));
    const kinds = screen.getByRole('list', { name: 'The kinds of file' });
    expect(kinds).toHaveTextContent('Markdown: plain text that reads well anywhere');
    expect(kinds).toHaveTextContent(/JSON: .*for another app or program/);
    expect(kinds).toHaveTextContent(/CSV: .*spreadsheet/);
  });
});
