import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportBytes } from '../../../src/features/backup/mediaZip';
import {
  jpegLocation,
  jpegOrientation,
  stripImageMetadata,
  stripJpegMetadata,
} from '../../../src/lib/exif';
import type { Attachment } from '../../../src/storage/attachmentCodec';
import { FIXTURE_DEVICE, tinyJpegShape, withLocation } from '../../e2e/jpegFixture';

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const SECRET = 'GPS 51.5007 N, 0.1246 W; KeelTestPhone';

// ---- PNG ----------------------------------------------------------------------------------

function pngChunk(type: string, data: number[]): number[] {
  const body = Uint8Array.from([...ascii(type), ...data]);
  const crc = crc32(body);
  const len = data.length;
  return [
    (len >>> 24) & 0xff,
    (len >>> 16) & 0xff,
    (len >>> 8) & 0xff,
    len & 0xff,
    ...body,
    (crc >>> 24) & 0xff,
    (crc >>> 16) & 0xff,
    (crc >>> 8) & 0xff,
    crc & 0xff,
  ];
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = pngChunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const SRGB = pngChunk('sRGB', [0]);
const IDAT = pngChunk('IDAT', [0x78, 0x9c, 0x63, 0x60, 0, 0, 0, 2, 0, 1]);
const IEND = pngChunk('IEND', []);

function pngWithDetails(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([
    ...PNG_SIGNATURE,
    ...IHDR,
    ...pngChunk('eXIf', ascii(`MM\0*${SECRET}`)),
    ...SRGB,
    ...pngChunk('tEXt', ascii(`Comment\0${SECRET}`)),
    ...pngChunk('iTXt', ascii(`XML:com.adobe.xmp\0\0\0\0\0${SECRET}`)),
    ...pngChunk('zTXt', ascii(`Author\0\0${SECRET}`)),
    ...IDAT,
    ...pngChunk('tIME', [7, 234, 12, 7, 9, 30, 0]),
    ...IEND,
  ]);
}

describe('a PNG leaving Keel', () => {
  it('leaves out its eXIf, tEXt, iTXt, zTXt and tIME chunks', () => {
    const stripped = stripImageMetadata('image/png', pngWithDetails());
    expect(stripped).not.toBeNull();
    expect(latin1(stripped as Uint8Array)).not.toContain(SECRET);
    expect(latin1(stripped as Uint8Array)).not.toContain('tIME');
  });

  it('keeps the picture itself byte for byte: header, colour and image data', () => {
    const stripped = stripImageMetadata('image/png', pngWithDetails()) as Uint8Array;
    expect([...stripped]).toEqual([...PNG_SIGNATURE, ...IHDR, ...SRGB, ...IDAT, ...IEND]);
  });

  it('gives null for bytes that are not a PNG it can walk', () => {
    expect(stripImageMetadata('image/png', Uint8Array.from(ascii('not a png')))).toBeNull();
    expect(stripImageMetadata('image/png', pngWithDetails().subarray(0, 40))).toBeNull();
  });
});

// ---- WebP ---------------------------------------------------------------------------------

function riffChunk(type: string, data: number[]): number[] {
  const len = data.length;
  const out = [...ascii(type), len & 0xff, (len >> 8) & 0xff, (len >> 16) & 0xff, len >>> 24];
  out.push(...data);
  if (len % 2 === 1) out.push(0);
  return out;
}

const VP8L = riffChunk('VP8L', [0x2f, 0, 0, 0, 0, 0x88, 0x88, 0x08]);
const ICCP = riffChunk('ICCP', [1, 2, 3]);
// VP8X flags: ICC (0x20), EXIF (0x08), XMP (0x04); canvas 1 x 1.
const vp8x = (flags: number) => riffChunk('VP8X', [flags, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

function riff(chunks: number[]): Uint8Array<ArrayBuffer> {
  const size = chunks.length + 4;
  return Uint8Array.from([
    ...ascii('RIFF'),
    size & 0xff,
    (size >> 8) & 0xff,
    (size >> 16) & 0xff,
    size >>> 24,
    ...ascii('WEBP'),
    ...chunks,
  ]);
}

function webpWithDetails(): Uint8Array<ArrayBuffer> {
  return riff([
    ...vp8x(0x20 | 0x08 | 0x04),
    ...ICCP,
    ...VP8L,
    ...riffChunk('EXIF', ascii(`MM\0*${SECRET}`)),
    ...riffChunk('XMP ', ascii(`<x:xmpmeta>${SECRET}</x:xmpmeta>`)),
  ]);
}

describe('a WebP leaving Keel', () => {
  it('leaves out its EXIF and XMP chunks, and says so in its header', () => {
    const stripped = stripImageMetadata('image/webp', webpWithDetails()) as Uint8Array;
    expect(latin1(stripped)).not.toContain(SECRET);
    expect([...stripped]).toEqual([...riff([...vp8x(0x20), ...ICCP, ...VP8L])]);
  });

  it('gives null for bytes that are not a WebP it can walk', () => {
    expect(stripImageMetadata('image/webp', Uint8Array.from(ascii('RIFF....AVI ')))).toBeNull();
    expect(stripImageMetadata('image/webp', webpWithDetails().subarray(0, 30))).toBeNull();
  });
});

// ---- JPEG orientation ---------------------------------------------------------------------

/** An APP1 EXIF segment, little-endian, with Make, Orientation and a GPS pointer. */
function exifWithOrientation(orientation: number): number[] {
  const tiff = new Uint8Array(8 + 2 + 3 * 12 + 4 + 16 + 2 + 4);
  const view = new DataView(tiff.buffer);
  tiff.set(ascii('II'));
  view.setUint16(2, 42, true);
  view.setUint32(4, 8, true);
  view.setUint16(8, 3, true);
  const makeAt = 8 + 2 + 36 + 4;
  const entry = (i: number, tag: number, type: number, count: number, value: number) => {
    const at = 10 + i * 12;
    view.setUint16(at, tag, true);
    view.setUint16(at + 2, type, true);
    view.setUint32(at + 4, count, true);
    if (type === 3 && count === 1) view.setUint16(at + 8, value, true);
    else view.setUint32(at + 8, value, true);
  };
  entry(0, 0x010f, 2, 14, makeAt);
  entry(1, 0x0112, 3, 1, orientation);
  entry(2, 0x8825, 4, 1, makeAt + 16); // an empty GPS IFD
  tiff.set(ascii(`${FIXTURE_DEVICE}\0`), makeAt);
  const payload = [...ascii('Exif\0\0'), ...tiff];
  const length = payload.length + 2;
  return [0xff, 0xe1, length >> 8, length & 0xff, ...payload];
}

function turnedJpeg(orientation: number): Uint8Array<ArrayBuffer> {
  const plain = tinyJpegShape();
  return Uint8Array.from([
    ...plain.subarray(0, 2),
    ...exifWithOrientation(orientation),
    ...plain.subarray(2),
  ]);
}

describe('a JPEG taken sideways, leaving Keel', () => {
  it('is read as turned', () => {
    expect(jpegOrientation(turnedJpeg(6))).toBe(6);
    expect(jpegOrientation(tinyJpegShape())).toBeNull();
  });

  it('keeps which way up it is, and nothing else of its EXIF', () => {
    const stripped = stripJpegMetadata(turnedJpeg(6)) as Uint8Array;
    expect(jpegOrientation(stripped)).toBe(6);
    expect(latin1(stripped)).not.toContain(FIXTURE_DEVICE);
    expect(latin1(stripped)).not.toContain('hello');
  });

  it('keeps which way up it is when the EXIF also held a location', () => {
    const located = withLocation(turnedJpeg(8), 51.5, -0.12);
    const stripped = stripJpegMetadata(located) as Uint8Array;
    expect(jpegLocation(stripped)).toBeNull();
    expect(jpegOrientation(stripped)).toBe(8);
  });

  it('gains no EXIF block at all when it was the right way up', () => {
    const stripped = stripJpegMetadata(turnedJpeg(1)) as Uint8Array;
    expect(jpegOrientation(stripped)).toBeNull();
    expect(latin1(stripped)).not.toContain('Exif');
  });
});

// ---- what an export takes ----------------------------------------------------------------

function meta(type: string): Attachment {
  return {
    id: 'att-1',
    kind: 'image',
    type,
    size: 1,
    sha256: '0'.repeat(64),
    key: 'AAAA',
    description: '',
    hasLocation: false,
    thumb: null,
    createdAt: 1,
    updatedAt: 1,
  };
}

describe('an export or a print', () => {
  it('takes PNG and WebP pictures without their hidden details', () => {
    expect(latin1(exportBytes(meta('image/png'), pngWithDetails(), false))).not.toContain(SECRET);
    expect(latin1(exportBytes(meta('image/webp'), webpWithDetails(), false))).not.toContain(SECRET);
  });

  it('takes them as they are when the person chose original files', () => {
    expect(latin1(exportBytes(meta('image/png'), pngWithDetails(), true))).toContain(SECRET);
  });
});
