import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ReportView from '../../../src/backup/ReportView';
import { useKeel } from '../../../src/app/store';
import { DEFAULT_SETTINGS } from '../../../src/db/types';
import { formatDateTime } from '../../../src/journal/dates';
import { freshDatabase } from '../helpers';
import { entry, newKey, tag } from './backupHelpers';

describe('the printable report', () => {
  it('shows user text as text, never as markup', async () => {
    freshDatabase();
    const hostile = '<script>window.hacked = true</script><b>bold?</b> \u202Eright-to-left';
    useKeel.getState().open(
      await newKey(),
      {
        entries: [entry('x', hostile, { happenedAt: Date.now(), events: ['e01'] })],
        drafts: [],
        tags: [tag('e01', 'event', 'Harm or incident')],
        settings: DEFAULT_SETTINGS,
        unreadable: 0,
      },
      false,
    );
    const { container } = render(<ReportView />);
    const report = screen.getByRole('article', { name: 'Report' });
    expect(within(report).getAllByText(hostile)).toHaveLength(2);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('drops everything it showed when the journal locks', async () => {
    freshDatabase();
    useKeel.getState().open(
      await newKey(),
      {
        entries: [entry('x', 'Something private', { happenedAt: Date.now() })],
        drafts: [],
        tags: [],
        settings: DEFAULT_SETTINGS,
        unreadable: 0,
      },
      false,
    );
    render(<ReportView />);
    expect(screen.getByText('Something private')).toBeInTheDocument();
    act(() => useKeel.getState().resetAll());
    expect(await screen.findByText(/0 entries/)).toBeInTheDocument();
    expect(screen.queryByText('Something private')).toBeNull();
  });

  it('lists each incident with when it happened and when it was written', async () => {
    freshDatabase();
    const happened = Date.now() - 3 * 86_400_000;
    const written = Date.now() - 86_400_000;
    useKeel.getState().open(
      await newKey(),
      {
        entries: [
          entry('h', 'He shouted and broke the mug', {
            happenedAt: happened,
            createdAt: written,
            events: ['e01'],
          }),
          entry('q', 'A quiet walk', { happenedAt: happened }),
        ],
        drafts: [],
        tags: [tag('e01', 'event', 'Harm or incident')],
        settings: DEFAULT_SETTINGS,
        unreadable: 0,
      },
      false,
    );
    render(<ReportView />);
    const log = screen.getByRole('region', { name: 'Incident log' });
    const rows = within(log).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const cells = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      formatDateTime(happened),
      formatDateTime(written),
      'He shouted and broke the mug',
    ]);
  });
});
