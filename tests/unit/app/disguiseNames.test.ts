import { describe, expect, it } from 'vitest';
import { datedName } from '../../../src/features/backup/download';
import { disguiseSlug, manifestFor } from '../../../src/lib/disguise';

const DAY = new Date(2026, 11, 7, 10).getTime();

describe('file names under a disguise', () => {
  it('keeps the plain names when no disguise is worn', () => {
    expect(datedName('backup', 'keel', DAY, 'Keel')).toBe('backup-2026-12-07.keel');
    expect(datedName('journal', 'md', DAY, 'Keel')).toBe('journal-2026-12-07.md');
  });

  it('names a backup after the disguise, with an extension that does not say keel', () => {
    expect(datedName('backup', 'keel', DAY, 'Notes')).toBe('notes-2026-12-07.bak');
    expect(datedName('before-restore', 'keel', DAY, 'Notes')).toBe(
      'notes-before-restore-2026-12-07.bak',
    );
  });

  it('names a readable export after the disguise', () => {
    expect(datedName('journal', 'csv', DAY, 'Calendar')).toBe('calendar-2026-12-07.csv');
  });

  it('never puts a title of the person’s own in a file name', () => {
    expect(datedName('backup', 'keel', DAY, 'My Keel diary')).toBe('page-2026-12-07.bak');
    expect(disguiseSlug('Anything at all')).toBe('page');
  });

  it('picks the manifest of the disguise, and Keel’s own without one', () => {
    expect(manifestFor('Keel')).toBe('/manifest.webmanifest');
    expect(manifestFor('Weather')).toBe('/manifest-weather.webmanifest');
    expect(manifestFor('Something else')).toBe('/manifest-page.webmanifest');
  });
});
