import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addImage } from '../../../src/features/journal/attachments/add';
import MediaUsageLine, { mediaUsageText } from '../../../src/app/pwa/MediaUsageLine';
import { useKeel } from '../../../src/state/store';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { tinyJpegShape } from '../../e2e/jpegFixture';
import { freshDatabase } from '../helpers';

beforeEach(() => freshDatabase());

describe('Settings’ storage line for media', () => {
  it('counts the photos and voice notes kept, and their size', async () => {
    const key = await importDataKey(newRawDataKey());
    useKeel.setState({ key });
    await addImage(key, new Blob([tinyJpegShape()], { type: 'image/jpeg' }), 0);
    render(<MediaUsageLine />);
    expect(await screen.findByTestId('media-usage')).toHaveTextContent(
      /^Of that, 1 photo or voice note takes about \d+ byte/,
    );
  });

  it('says plainly when none are kept', () => {
    expect(mediaUsageText({ count: 0, bytes: 0 })).toBe('No photos or voice notes are kept yet.');
    expect(mediaUsageText({ count: 3, bytes: 3_000_000 })).toBe(
      'Of that, 3 photos and voice notes take about 3 MB.',
    );
  });
});
