import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ReportView from '../../../src/features/backup/ReportView';
import { addImage } from '../../../src/features/journal/attachments/add';
import { jpegLocation } from '../../../src/lib/exif';
import { useKeel } from '../../../src/state/store';
import { saveAttachment } from '../../../src/storage/attachmentRepo';
import { DEFAULT_SETTINGS } from '../../../src/storage/types';
import { FIXTURE_DEVICE, tinyJpegShape, withLocation } from '../../e2e/jpegFixture';
import { entry, newKey } from '../backup/backupHelpers';
import { freshDatabase } from '../helpers';

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const made = new Map<string, Blob>();

const had = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

beforeEach(() => {
  made.clear();
  let n = 0;
  URL.createObjectURL = (blob: Blob) => {
    n += 1;
    made.set(`blob:test/${n}`, blob as Blob);
    return `blob:test/${n}`;
  };
  URL.revokeObjectURL = (url: string) => void made.delete(url);
});
afterEach(() => {
  URL.createObjectURL = had.create;
  URL.revokeObjectURL = had.revoke;
});

async function reportWithLocatedPhoto() {
  freshDatabase();
  const key = await newKey();
  const file = new Blob([withLocation(tinyJpegShape(), 51.5, -0.12)], { type: 'image/jpeg' });
  const meta = await addImage(key, file, 0);
  await saveAttachment(key, { ...meta, description: 'The broken door' });
  const withPhoto = { ...entry('e1', 'The door'), attachments: [meta.id] };
  useKeel
    .getState()
    .open(
      key,
      { entries: [withPhoto], drafts: [], tags: [], settings: DEFAULT_SETTINGS, unreadable: 0 },
      false,
    );
  render(<ReportView />);
  return screen.getByRole('article', { name: 'Report' });
}

async function printedBytes(report: HTMLElement): Promise<Uint8Array> {
  const img = await within(report).findByRole('img', { name: 'The broken door' });
  const blob = made.get(img.getAttribute('src') ?? '');
  expect(blob).toBeDefined();
  return new Uint8Array(await (blob as Blob).arrayBuffer());
}

describe('the printable report with photos', () => {
  it('shows no photos until they are chosen', async () => {
    const report = await reportWithLocatedPhoto();
    expect(screen.getByRole('checkbox', { name: 'Photos' })).not.toBeChecked();
    expect(within(report).queryByRole('img')).toBeNull();
  });

  it('prints a chosen photo without its location or device', async () => {
    const report = await reportWithLocatedPhoto();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Photos' }));
    const bytes = await printedBytes(report);
    expect(jpegLocation(bytes)).toBeNull();
    expect(latin1(bytes)).not.toContain(FIXTURE_DEVICE);
  });

  it('prints the original file, details and all, only when the person chooses it', async () => {
    const report = await reportWithLocatedPhoto();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Photos' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Print original files/ }));
    const bytes = await printedBytes(report);
    expect(jpegLocation(bytes)).not.toBeNull();
  });
});
