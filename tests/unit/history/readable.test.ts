import { describe, expect, it } from 'vitest';
import { toCsv, toJson, toMarkdown } from '../../../src/features/backup/readable';
import type { Entry } from '../../../src/storage/types';
import { cleanHarm, harmLines } from '../../../src/storage/harm';

const entry: Entry = {
  id: 'e1',
  createdAt: Date.UTC(2026, 10, 1, 9),
  updatedAt: Date.UTC(2026, 10, 1, 9),
  happenedAt: Date.UTC(2026, 10, 1, 9),
  text: 'It happened again.',
  mood: 1,
  feelings: [],
  events: [],
  harm: {
    place: 'The car park',
    words: 'No one will believe you',
    reportNumber: 'CR-2041',
    witnesses: '',
  },
};

describe('details of harm', () => {
  it('keep only the filled ones, in the order they are asked', () => {
    expect(harmLines(entry.harm)).toEqual([
      { field: 'place', text: 'The car park' },
      { field: 'words', text: 'No one will believe you' },
      { field: 'reportNumber', text: 'CR-2041' },
    ]);
    expect(cleanHarm({ place: '  ', injuries: '' })).toBeUndefined();
  });
});

describe('the readable export', () => {
  it('writes the details of harm under the entry in Markdown', () => {
    const markdown = toMarkdown([entry], []);
    expect(markdown).toContain(
      [
        'It happened again.',
        '',
        '### Details of what happened',
        '',
        '- Where it happened: The car park',
        '- Words that were said: No one will believe you',
        '- Report number: CR-2041',
      ].join('\n'),
    );
    expect(markdown).not.toContain('Who saw or heard it');
  });

  it('leaves the heading out of an entry with no details', () => {
    expect(toMarkdown([{ ...entry, harm: { place: '' } }], [])).not.toContain(
      'Details of what happened',
    );
  });

  it('includes the filled details in JSON', () => {
    const json = JSON.parse(toJson([entry], [], entry.createdAt)) as {
      entries: { harm?: unknown }[];
    };
    expect(json.entries[0]?.harm).toEqual({
      place: 'The car park',
      words: 'No one will believe you',
      reportNumber: 'CR-2041',
    });
  });

  it('gives the details of harm their own CSV columns, empty where nothing was noted', () => {
    const plain: Entry = { ...entry, id: 'e2', text: 'A quiet day.' };
    delete plain.harm;
    const [header, first, second] = toCsv([entry, plain], []).split('\r\n');
    expect(header).toBe(
      '"happened","written","mood","mood_words","feelings","events","prompt","text",' +
        '"harm_place","harm_witnesses","harm_words","harm_injuries","harm_report","harm_report_number"',
    );
    expect(first).toContain(
      '"It happened again.","The car park","","No one will believe you","","","CR-2041"',
    );
    expect(second).toContain('"A quiet day.","","","","","",""');
  });

  it('keeps a detail that looks like a formula from running in a spreadsheet', () => {
    const csv = toCsv([{ ...entry, harm: { place: '=HYPERLINK("http://x")' } }], []);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"")"');
  });
});
