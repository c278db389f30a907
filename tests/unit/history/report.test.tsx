import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ReportView from '../../../src/features/backup/ReportView';
import { writtenAndChanged } from '../../../src/features/backup/report';
import { formatDateTime } from '../../../src/lib/dates';
import { useKeel } from '../../../src/state/store';
import { DEFAULT_SETTINGS } from '../../../src/storage/types';
import { newVersion } from '../../../src/storage/versions';
import { entry, newKey, seed } from '../backup/backupHelpers';
import { freshDatabase } from '../helpers';

const T = Date.UTC(2026, 10, 1, 9, 30);
const iso = (time: number) => new Date(time).toISOString();

describe('the report’s line on when an entry was written and changed', () => {
  it('says it was not changed since', () => {
    expect(writtenAndChanged({ writtenAt: T, changedAt: null, earlier: 0 }, iso)).toBe(
      `Written ${iso(T)}. Not changed since.`,
    );
  });

  it('says when it was last changed, and how many earlier versions are kept', () => {
    expect(writtenAndChanged({ writtenAt: T, changedAt: T + 5, earlier: 2 }, iso)).toBe(
      `Written ${iso(T)}. Changed afterwards, last on ${iso(T + 5)}. 2 earlier versions are kept.`,
    );
    expect(writtenAndChanged({ writtenAt: T, changedAt: T + 5, earlier: 1 }, iso)).toContain(
      '1 earlier version is kept.',
    );
  });
});

describe('the printable report with an edited entry', () => {
  it('says it was changed, shows its details of harm, and its earlier versions only when chosen', async () => {
    freshDatabase();
    const key = await newKey();
    const first = entry('e1', 'How I first wrote it', { updatedAt: T, happenedAt: T });
    const now = {
      ...first,
      text: 'How it reads now',
      updatedAt: T + 3_600_000,
      harm: { place: 'The stairwell', reportNumber: 'R-77' },
    };
    await seed(key, {
      entries: [now],
      drafts: [],
      tags: [],
      versions: [newVersion(first, now.updatedAt, 'a')],
    });
    useKeel
      .getState()
      .open(
        key,
        { entries: [now], drafts: [], tags: [], settings: DEFAULT_SETTINGS, unreadable: 0 },
        false,
      );
    render(<ReportView />);
    const report = screen.getByRole('article', { name: 'Report' });
    expect(
      await within(report).findByText(
        `Written ${formatDateTime(T)}. Changed afterwards, last on ${formatDateTime(now.updatedAt)}. 1 earlier version is kept.`,
      ),
    ).toBeInTheDocument();
    expect(within(report).getByText('The stairwell')).toBeInTheDocument();
    expect(within(report).getByText('R-77')).toBeInTheDocument();
    expect(within(report).queryByText('How I first wrote it')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Earlier versions of changed entries' }));
    const earlier = within(report).getByRole('region', { name: 'Earlier versions of this entry' });
    expect(within(earlier).getByText('How I first wrote it')).toBeInTheDocument();
    expect(within(earlier).getByText(`Written ${formatDateTime(T)}`)).toBeInTheDocument();
  });
});
