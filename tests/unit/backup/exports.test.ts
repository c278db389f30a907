import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildDaylioImport,
  defaultActivityTarget,
  defaultMood,
  parseDaylio,
  parseTime,
  parseWhen,
} from '../../../src/features/backup/daylio';
import { BackupError, PROBLEM_MESSAGES } from '../../../src/features/backup/errors';
import { checkSize, MAX_BACKUP_BYTES } from '../../../src/features/backup/format';
import {
  csvCell,
  entriesInRange,
  toCsv,
  toJson,
  toMarkdown,
} from '../../../src/features/backup/readable';
import { incidentLog, summarise } from '../../../src/features/backup/report';
import { entry, tag } from './backupHelpers';

const local = (day: string, time = '12:00') => new Date(`${day}T${time}`).getTime();
const tags = [tag('f01', 'feeling', 'Fear'), tag('e01', 'event', 'Harm or incident')];

describe('readable exports', () => {
  it('quotes every CSV cell and doubles quotes inside', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('')).toBe('""');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('a; b')).toBe('"a; b"');
    expect(csvCell('she said "no"')).toBe('"she said ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('-2')).toBe('"\'-2"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\t=1')).toBe('"\'\t=1"');
    expect(csvCell('a = b')).toBe('"a = b"');
  });

  it('neutralises a formula after a semicolon or a tab, where other spreadsheets split cells', () => {
    expect(csvCell('calm;=HYPERLINK("http://x")')).toBe('"calm;\'=HYPERLINK(""http://x"")"');
    expect(csvCell('calm; @SUM(A1)')).toBe('"calm; \'@SUM(A1)"');
    expect(csvCell('calm\t+1')).toBe('"calm\t\'+1"');
    expect(csvCell('calm;-2;fine')).toBe('"calm;\'-2;fine"');
    expect(csvCell('a;b = c')).toBe('"a;b = c"');
  });

  it('writes names instead of tag ids in CSV, Markdown and JSON', () => {
    const one = entry('x', 'It happened, again', { feelings: ['f01'], events: ['e01', 'gone'] });
    const csv = toCsv([one], tags);
    expect(csv.split('\r\n')[0]).toBe(
      '"happened","written","mood","mood_words","feelings","events","prompt","text",' +
        '"harm_place","harm_witnesses","harm_words","harm_injuries","harm_report","harm_report_number"',
    );
    expect(csv).toContain(',"Fear","Harm or incident","","It happened, again",');
    expect(csv).not.toContain('e01');
    expect(toMarkdown([one], tags)).toContain('Feelings: Fear');
    const json = JSON.parse(toJson([one], tags, 0)) as { entries: { events: string[] }[] };
    expect(json.entries[0]?.events).toEqual(['Harm or incident']);
  });

  it('keeps only entries that happened within the chosen days, oldest first', () => {
    const list = [
      entry('late', 'late', { happenedAt: local('2026-11-10') }),
      entry('in', 'in', { happenedAt: local('2026-11-05', '23:59') }),
      entry('early', 'early', { happenedAt: local('2026-11-01', '00:00') }),
      entry('before', 'before', { happenedAt: local('2026-10-31', '23:59') }),
    ];
    const ids = (from: string, to: string) => entriesInRange(list, { from, to }).map((e) => e.id);
    expect(ids('2026-11-01', '2026-11-05')).toEqual(['early', 'in']);
    expect(ids('', '')).toEqual(['before', 'early', 'in', 'late']);
    expect(ids('2026-11-06', '')).toEqual(['late']);
  });
});

describe('the report summary', () => {
  it('counts moods, feelings and events, and lists incidents by when they happened', () => {
    const list = [
      entry('a', 'a', { mood: 1, events: ['e01'], feelings: ['f01'], happenedAt: 20 }),
      entry('b', 'b', { mood: 1, events: ['e01'], happenedAt: 10 }),
      entry('c', 'c', { mood: null, feelings: ['f01'] }),
      entry('d', 'd', { mood: 5 }),
    ];
    const summary = summarise(list, tags);
    expect(summary.entries).toBe(4);
    expect(summary.moods).toEqual({ 1: 2, 2: 0, 3: 0, 4: 0, 5: 1, none: 1 });
    expect(summary.feelings).toEqual([{ name: 'Fear', count: 2 }]);
    expect(summary.events).toEqual([{ name: 'Harm or incident', count: 2 }]);
    expect(summary.incidents).toBe(2);
    expect(incidentLog(list).map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('the size guard', () => {
  it('refuses anything over 100 MB and empty files, before reading', () => {
    expect(() => checkSize(MAX_BACKUP_BYTES + 1)).toThrow(PROBLEM_MESSAGES['too-large']);
    expect(() => checkSize(200 * 1024 * 1024)).toThrow(BackupError);
    expect(() => checkSize(0)).toThrow(PROBLEM_MESSAGES.empty);
    expect(() => checkSize(MAX_BACKUP_BYTES)).not.toThrow();
  });
});

describe('importing a Daylio CSV export', () => {
  const fixture = readFileSync('tests/fixtures/daylio-export.csv', 'utf8');

  it('reads times in 24-hour and 12-hour forms', () => {
    expect(parseTime('21:40')).toBe(21 * 60 + 40);
    expect(parseTime('8:15 am')).toBe(8 * 60 + 15);
    expect(parseTime('6:05 PM')).toBe(18 * 60 + 5);
    expect(parseTime('12:30 am')).toBe(30);
    expect(parseTime('25:00')).toBeNull();
    expect(parseWhen('2026-02-30', '10:00')).toBeNull();
  });

  it('reads every row, mood name and activity of the fixture', async () => {
    const file = await parseDaylio(fixture);
    expect(file.rows).toHaveLength(4);
    expect(file.skipped).toBe(0);
    expect(file.moods).toEqual(['awful', 'meh', 'okayish', 'rad']);
    expect(file.activities).toEqual(['argument', 'friends', 'sister', 'walk', 'work']);
    expect(file.rows[2]?.note).toContain('\nWe laughed');
    expect(file.rows[0]?.happenedAt).toBe(local('2026-11-03', '21:40'));
  });

  it('maps Daylio moods to 1-5 by default, with custom ones in the middle', () => {
    expect(['rad', 'good', 'meh', 'bad', 'awful', 'okayish'].map(defaultMood)).toEqual([
      5, 4, 3, 2, 1, 3,
    ]);
  });

  it('builds entries with the chosen moods and activities, adding new tags once', async () => {
    const file = await parseDaylio(fixture);
    let n = 0;
    const built = buildDaylioImport(
      file,
      { awful: 1, meh: 3, okayish: 4, rad: 5 },
      {
        argument: { to: 'tag', tagId: 'e01' },
        work: defaultActivityTarget('work', tags),
        walk: { to: 'new', kind: 'event' },
        friends: { to: 'new', kind: 'feeling' },
        sister: { to: 'skip' },
      },
      tags,
      1000,
      () => `id${(n += 1)}`,
    );
    expect(built.tags.map((t) => [t.name, t.kind])).toEqual([
      ['friends', 'feeling'],
      ['walk', 'event'],
      ['work', 'event'],
    ]);
    const byText = (start: string) => built.entries.find((e) => e.text.startsWith(start));
    const bad = byText('A bad night');
    expect(bad?.mood).toBe(1);
    expect(bad?.events).toContain('e01');
    expect(bad?.text).toContain('"you\'re useless"');
    expect(byText('Sunday')?.mood).toBe(5);
    expect(byText('=SUM')?.mood).toBe(4);
  });

  it('refuses the whole file when a row cannot become an entry', async () => {
    const file = await parseDaylio(
      `full_date,time,mood,note\n2026-01-01,10:00,rad,fine\n2026-01-02,10:00,bad,${'x'.repeat(1_000_001)}\n`,
    );
    expect(() => buildDaylioImport(file, {}, {}, tags, 1, () => 'same-id')).toThrow(
      PROBLEM_MESSAGES['csv-invalid'],
    );
  });

  it('gives a clear message for a CSV without Daylio columns', async () => {
    await expect(parseDaylio('name,amount\nrent,900\n')).rejects.toThrow(
      PROBLEM_MESSAGES['csv-columns'],
    );
    await expect(parseDaylio('full_date,time,note\n2026-01-01,10:00,hi\n')).rejects.toThrow(
      PROBLEM_MESSAGES['csv-columns'],
    );
  });

  it('gives a clear message for a Daylio CSV with no rows', async () => {
    await expect(
      parseDaylio('full_date,date,weekday,time,mood,activities,note_title,note\n'),
    ).rejects.toThrow(PROBLEM_MESSAGES['csv-empty']);
  });
});
