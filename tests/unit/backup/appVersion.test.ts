import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { makeBackup, readBackupFile } from '../../../src/features/backup/backup';
import { parsePrelude, PRELUDE_READ } from '../../../src/features/backup/format';
import { freshDatabase } from '../helpers';
import { newKey, QUICK_KDF, seed } from './backupHelpers';

// A build whose tag makes its version longer than a backup header's appVersion may be.
const { LONG_BUILD } = vi.hoisted(() => ({ LONG_BUILD: `0.2.0+${'0123456789abcdef'.repeat(4)}` }));
vi.mock('../../../src/lib/version', () => ({ APP_VERSION: LONG_BUILD }));

const at = 1_795_305_600_000;

async function headerOf(blob: Blob) {
  const head = new Uint8Array(await blob.slice(0, PRELUDE_READ).arrayBuffer());
  return parsePrelude(head, blob.size).header;
}

describe('the version a backup names', () => {
  it('is the build’s own (as much of it as a header holds), and the backup opens again', async () => {
    freshDatabase();
    const key = await newKey();
    await seed(key, {
      entries: [
        {
          id: 'e1',
          createdAt: at,
          updatedAt: at,
          happenedAt: at,
          text: 'Kept',
          mood: 2,
          feelings: [],
          events: [],
        },
      ],
      drafts: [],
      tags: [],
    });
    const made = await makeBackup(key, 'a build of its own', at, QUICK_KDF);
    const header = await headerOf(made.blob);
    expect(LONG_BUILD.startsWith(header.appVersion)).toBe(true);
    expect(header.appVersion).toMatch(/^0\.2\.0\+0123/);
    const tables = await readBackupFile(made.blob, 'a build of its own');
    expect(tables.entries?.map((row) => row.id)).toEqual(['e1']);
  }, 60_000);

  it('does not stop a backup written by Keel 0.1.0 in format 2 from opening', async () => {
    const blob = new Blob([readFileSync('tests/fixtures/backup-format-2-app-0.1.0.keel')]);
    expect((await headerOf(blob)).appVersion).toBe('0.1.0');
    const tables = await readBackupFile(blob, 'golden format two');
    expect(tables.entries?.map((row) => row.id)).toEqual(['f2a']);
  }, 60_000);
});
