import { beforeEach, describe, expect, it } from 'vitest';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { importTables, makeBackup, readBackupFile } from '../../../src/features/backup/backup';
import { BackupError } from '../../../src/features/backup/errors';
import { MediaCollector } from '../../../src/features/backup/mediaFrames';
import {
  readAttachmentBytes,
  readAttachments,
  storeAttachment,
} from '../../../src/storage/attachmentRepo';
import { QUICK_KDF } from '../backup/backupHelpers';
import { freshDatabase } from '../helpers';

const PHRASE = 'a long enough backup phrase';
const photo = Uint8Array.from({ length: 500_000 }, (_, i) => (i * 13) % 256);
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

async function journalWithPhoto() {
  freshDatabase();
  const key = await importDataKey(newRawDataKey());
  const meta = await storeAttachment(key, {
    id: 'att-1',
    kind: 'image',
    type: 'image/png',
    description: 'the broken lock',
    hasLocation: false,
    original: photo,
    thumb: { type: 'image/jpeg', bytes: new Uint8Array([9, 8, 7]) },
    now: 1_700_000_000_000,
  });
  return { key, meta };
}

beforeEach(() => freshDatabase());

describe('a backup with photos', () => {
  it('carries their bytes and restores them, checked, into a fresh journal', async () => {
    const { key, meta } = await journalWithPhoto();
    const made = await makeBackup(key, PHRASE, 1_700_000_100_000, QUICK_KDF);
    const tables = await readBackupFile(made.blob, PHRASE);

    freshDatabase();
    const other = await importDataKey(newRawDataKey());
    await importTables(other, tables, 'replace');
    const [restored] = await readAttachments(other, ['att-1']);
    expect(restored).toEqual(meta);
    expect(same(await readAttachmentBytes(restored!, 'original'), photo)).toBe(true);
    expect(await readAttachmentBytes(restored!, 'thumb')).toEqual(new Uint8Array([9, 8, 7]));
  }, 60_000);
});

describe('checking a backup’s media before anything is written', () => {
  const piece = (index: number, count: number, data: string, attachment = 'att-1') => ({
    id: `${attachment}:original:${index}`,
    createdAt: 0,
    value: { attachment, part: 'original', index, count, data },
  });
  const tablesFor = (size: number, sha256: string) => ({
    attachments: [
      {
        id: 'att-1',
        createdAt: 0,
        value: { id: 'att-1', size, sha256, thumb: null },
      },
    ],
  });
  const abcHash = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

  it('accepts every piece in place with the SHA-256 taken when added', async () => {
    const media = new MediaCollector();
    media.add([piece(0, 2, btoa('ab')), piece(1, 2, btoa('c'))]);
    await expect(media.finish(tablesFor(3, abcHash) as never)).resolves.toBeUndefined();
  });

  it('refuses a missing piece', async () => {
    const media = new MediaCollector();
    media.add([piece(0, 2, btoa('ab'))]);
    await expect(media.finish(tablesFor(3, abcHash) as never)).rejects.toEqual(
      new BackupError('damaged'),
    );
  });

  it('refuses pieces that add up to other bytes', async () => {
    const media = new MediaCollector();
    media.add([piece(0, 2, btoa('c')), piece(1, 2, btoa('ab'))]);
    await expect(media.finish(tablesFor(3, abcHash) as never)).rejects.toBeInstanceOf(BackupError);
  });

  it('refuses a piece given twice, and pieces of an attachment the backup does not hold', async () => {
    const twice = new MediaCollector();
    expect(() => twice.add([piece(0, 2, btoa('ab')), piece(0, 2, btoa('ab'))])).toThrow(
      BackupError,
    );
    const stray = new MediaCollector();
    stray.add([piece(0, 1, btoa('abc'), 'att-other')]);
    await expect(stray.finish(tablesFor(3, abcHash) as never)).rejects.toBeInstanceOf(BackupError);
  });
});
