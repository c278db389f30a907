import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useKeel } from '../../../src/state/store';
import { DaylioImport } from '../../../src/features/backup/DaylioImport';
import { PROBLEM_MESSAGES } from '../../../src/features/backup/errors';
import { loadJournal } from '../../../src/storage/entryReads';
import { freshDatabase } from '../helpers';
import { entry, newKey, rawSnapshot, seed, tag } from './backupHelpers';

beforeEach(async () => {
  freshDatabase();
  const key = await newKey();
  const journal = {
    entries: [entry('b1', 'Written here, must stay exactly as it is')],
    drafts: [],
    tags: [tag('f01', 'feeling', 'Fear')],
  };
  await seed(key, journal);
  useKeel.getState().open(key, await loadJournal(key), false);
});

/** Chooses the file in "Daylio CSV file", presses "Read Daylio file", returns the alert text. */
async function readFile(file: File): Promise<string> {
  render(<DaylioImport />);
  const input = screen.getByLabelText('Daylio CSV file');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.click(screen.getByRole('button', { name: 'Read Daylio file' }));
  return (await screen.findByRole('alert')).textContent ?? '';
}

describe('a Daylio file that cannot be read', () => {
  it.each([
    ['a CSV from a spreadsheet', 'name,amount\nrent,900\n', 'csv-columns'],
    [
      'a Daylio CSV without its mood column',
      'full_date,time,note\n2026-01-01,10:00,hi\n',
      'csv-columns',
    ],
    [
      'a Daylio CSV with no rows',
      'full_date,date,weekday,time,mood,activities,note_title,note\n',
      'csv-empty',
    ],
    ['an empty file', '', 'empty'],
  ] as const)('%s: says why, kindly, and changes nothing', async (_name, text, problem) => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = await rawSnapshot();
    expect(await readFile(new File([text], 'export.csv', { type: 'text/csv' }))).toBe(
      PROBLEM_MESSAGES[problem],
    );
    expect(await rawSnapshot()).toEqual(before);
    quiet.mockRestore();
  });

  it('a 200 MB file: refused by its size, without reading it, and nothing changes', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const huge = new File(['x'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    const before = await rawSnapshot();
    expect(await readFile(huge)).toBe(PROBLEM_MESSAGES['too-large']);
    expect(read).not.toHaveBeenCalled();
    expect(await rawSnapshot()).toEqual(before);
    quiet.mockRestore();
  });
});
