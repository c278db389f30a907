import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useKeel } from '../../../src/state/store';
import { buildDaylioImport, defaultMood, parseDaylio } from '../../../src/features/backup/daylio';
import { DaylioImport, importedText } from '../../../src/features/backup/DaylioImport';
import { countKnownRows, leaveOutKnown } from '../../../src/features/backup/daylioKnown';
import { loadJournal } from '../../../src/storage/entryReads';
import type { Entry } from '../../../src/storage/types';
import { freshDatabase } from '../helpers';
import { newKey, seed, tag } from './backupHelpers';

const fixture = readFileSync('tests/fixtures/daylio-export.csv', 'utf8');
const tags = [tag('e01', 'event', 'Harm or incident')];

async function built(prefix: string) {
  const file = await parseDaylio(fixture);
  let n = 0;
  return buildDaylioImport(
    file,
    { okayish: 4 },
    { walk: { to: 'new', kind: 'event' } },
    tags,
    1000,
    () => `${prefix}${(n += 1)}`,
  );
}

describe('recognising Daylio entries already in the journal', () => {
  it('leaves out every entry of a file imported before, and the new tags only they used', async () => {
    const first = await built('a');
    const again = leaveOutKnown(await built('b'), first.entries);
    expect(again.entries).toEqual([]);
    expect(again.tags).toEqual([]);
    expect(again.skipped).toBe(4);
  });

  it('keeps entries that differ in time, mood or words', async () => {
    const first = await built('a');
    const [one, two, three] = first.entries as [Entry, Entry, Entry, Entry];
    const journal = [
      { ...one, happenedAt: one.happenedAt + 60_000 },
      { ...two, mood: two.mood === 1 ? 2 : 1 },
      { ...three, text: `${three.text} (edited)` },
    ] as Entry[];
    const kept = leaveOutKnown(await built('b'), journal);
    expect(kept.skipped).toBe(0);
    expect(kept.entries).toHaveLength(4);
  });

  it('counts the rows already there with the moods as chosen', async () => {
    const file = await parseDaylio(fixture);
    const journal = (await built('a')).entries;
    const chosen = (name: string) => (name === 'okayish' ? 4 : defaultMood(name));
    expect(countKnownRows(file.rows, chosen, journal)).toBe(4);
    // "okayish" as 3 this time: that row is a different entry.
    expect(countKnownRows(file.rows, defaultMood, journal)).toBe(3);
  });

  it('says what came in and what was already there, in plain words', () => {
    expect(importedText(3, 1)).toBe(
      '3 entries from Daylio are in your journal now. 1 entry was already there and was left out.',
    );
    expect(importedText(4, 0)).toBe('4 entries from Daylio are in your journal now.');
    expect(importedText(0, 4)).toBe(
      'All 4 entries in this file are already in your journal, so nothing was added.',
    );
  });
});

describe('importing the same Daylio file again', () => {
  beforeEach(async () => {
    freshDatabase();
    const key = await newKey();
    await seed(key, { entries: [], drafts: [], tags });
    useKeel.getState().open(key, await loadJournal(key), false);
  });

  async function readFixture() {
    const input = await screen.findByLabelText('Daylio CSV file');
    const file = new File([fixture], 'daylio.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Read Daylio file' }));
    await screen.findByRole('button', { name: 'Import from Daylio' });
  }

  it('adds nothing the second time, and says why', async () => {
    render(<DaylioImport />);
    await readFixture();
    fireEvent.click(screen.getByRole('button', { name: 'Import from Daylio' }));
    await waitFor(() => expect(useKeel.getState().entries.size).toBe(4));
    expect(useKeel.getState().status).toBe('4 entries from Daylio are in your journal now.');

    // The same file again: before importing, it says they are there already.
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await readFixture();
    expect(screen.getByText(/All 4 are already in your journal/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Import from Daylio' }));
    expect(await screen.findByText(/All 4 entries in this file are already/)).toBeInTheDocument();
    expect(useKeel.getState().entries.size).toBe(4);
    const stored = await loadJournal(useKeel.getState().key as CryptoKey);
    expect(stored.entries).toHaveLength(4);
  });
});
