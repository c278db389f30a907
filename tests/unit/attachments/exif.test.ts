import { describe, expect, it } from 'vitest';
import { jpegLocation, stripJpegMetadata } from '../../../src/lib/exif';
import { FIXTURE_DEVICE, tinyJpegShape, withLocation } from '../../e2e/jpegFixture';

const text = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('a photo’s hidden location', () => {
  it('is found in a JPEG’s EXIF block, north and east', () => {
    const found = jpegLocation(withLocation(tinyJpegShape(), 51.5007, 0.1246));
    expect(found?.latitude).toBeCloseTo(51.5007, 3);
    expect(found?.longitude).toBeCloseTo(0.1246, 3);
  });

  it('is found south and west as negative degrees', () => {
    const found = jpegLocation(withLocation(tinyJpegShape(), -33.8568, -151.2153));
    expect(found?.latitude).toBeCloseTo(-33.8568, 3);
    expect(found?.longitude).toBeCloseTo(-151.2153, 3);
  });

  it('is not claimed for a JPEG without EXIF, or for bytes that are not a JPEG', () => {
    expect(jpegLocation(tinyJpegShape())).toBeNull();
    expect(jpegLocation(new TextEncoder().encode('not a picture at all'))).toBeNull();
    expect(jpegLocation(new Uint8Array())).toBeNull();
  });

  it('reads a cut-off or garbled EXIF block as no location, without throwing', () => {
    const whole = withLocation(tinyJpegShape(), 10, 20);
    for (let cut = 0; cut < 200; cut += 7) {
      expect(() => jpegLocation(whole.subarray(0, cut))).not.toThrow();
    }
    const garbled = whole.slice();
    for (let i = 20; i < 60; i += 1) garbled[i] = 0xff;
    expect(() => jpegLocation(garbled)).not.toThrow();
  });
});

describe('removing a photo’s hidden details', () => {
  it('leaves out the EXIF block and comments, so neither the location nor the device remains', () => {
    const photo = withLocation(tinyJpegShape(), 51.5, -0.12);
    expect(text(photo)).toContain(FIXTURE_DEVICE);
    const stripped = stripJpegMetadata(photo);
    expect(stripped).not.toBeNull();
    expect(jpegLocation(stripped as Uint8Array)).toBeNull();
    expect(text(stripped as Uint8Array)).not.toContain(FIXTURE_DEVICE);
    expect(text(stripped as Uint8Array)).not.toContain('hello');
  });

  it('keeps the JFIF header and the image data byte for byte', () => {
    const plain = tinyJpegShape();
    const stripped = stripJpegMetadata(withLocation(plain, 1, 2)) as Uint8Array;
    const withoutComment = [...plain.subarray(0, 20), ...plain.subarray(29)];
    expect([...stripped]).toEqual(withoutComment);
  });

  it('gives null for bytes it cannot walk', () => {
    expect(stripJpegMetadata(new TextEncoder().encode('plain text'))).toBeNull();
  });
});
