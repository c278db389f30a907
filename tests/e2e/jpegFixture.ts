/**
 * Test helper: puts an EXIF block (APP1) holding a GPS location and a device name into a
 * JPEG, right after its start marker. Written by hand (big-endian TIFF) so the tests do not
 * depend on the parser they check. Shared by the unit tests and the browser tests.
 */

export const FIXTURE_DEVICE = 'KeelTestPhone';

function rationals(value: number): number[] {
  const abs = Math.abs(value);
  const d = Math.floor(abs);
  const m = Math.floor((abs - d) * 60);
  const s = Math.round(((abs - d) * 60 - m) * 60 * 100);
  return [d, 1, m, 1, s, 100];
}

/** The APP1 segment (marker, length and payload) for this location. */
export function exifSegment(latitude: number, longitude: number): Uint8Array<ArrayBuffer> {
  const device = `${FIXTURE_DEVICE}\0`;
  const ifd0At = 8;
  const ifd0Size = 2 + 2 * 12 + 4;
  const deviceAt = ifd0At + ifd0Size;
  const gpsAt = deviceAt + device.length;
  const gpsSize = 2 + 4 * 12 + 4;
  const latAt = gpsAt + gpsSize;
  const lonAt = latAt + 24;
  const tiff = new Uint8Array(lonAt + 24);
  const view = new DataView(tiff.buffer);
  tiff.set([0x4d, 0x4d]);
  view.setUint16(2, 42);
  view.setUint32(4, ifd0At);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    view.setUint16(at, tag);
    view.setUint16(at + 2, type);
    view.setUint32(at + 4, count);
    view.setUint32(at + 8, value);
  };
  view.setUint16(ifd0At, 2);
  entry(ifd0At + 2, 0x010f, 2, device.length, deviceAt); // Make
  entry(ifd0At + 14, 0x8825, 4, 1, gpsAt); // GPS IFD pointer
  for (let i = 0; i < device.length; i += 1) tiff[deviceAt + i] = device.charCodeAt(i);
  view.setUint16(gpsAt, 4);
  entry(gpsAt + 2, 1, 2, 2, 0);
  tiff[gpsAt + 2 + 8] = (latitude < 0 ? 'S' : 'N').charCodeAt(0);
  entry(gpsAt + 14, 2, 5, 3, latAt);
  entry(gpsAt + 26, 3, 2, 2, 0);
  tiff[gpsAt + 26 + 8] = (longitude < 0 ? 'W' : 'E').charCodeAt(0);
  entry(gpsAt + 38, 4, 5, 3, lonAt);
  rationals(latitude).forEach((n, i) => view.setUint32(latAt + i * 4, n));
  rationals(longitude).forEach((n, i) => view.setUint32(lonAt + i * 4, n));

  const payload = new Uint8Array(6 + tiff.length);
  payload.set([0x45, 0x78, 0x69, 0x66, 0, 0]);
  payload.set(tiff, 6);
  const segment = new Uint8Array(4 + payload.length);
  segment.set([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  segment.set(payload, 4);
  return segment;
}

/** The JPEG with an EXIF location block inserted after its start marker. */
export function withLocation(
  jpeg: Uint8Array,
  latitude: number,
  longitude: number,
): Uint8Array<ArrayBuffer> {
  const segment = exifSegment(latitude, longitude);
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}

/** A stand-in JPEG for unit tests: start, a JFIF APP0, a comment, scan data, end. */
export function tinyJpegShape(): Uint8Array<ArrayBuffer> {
  const jfif = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const comment = [0xff, 0xfe, 0, 7, 0x68, 0x65, 0x6c, 0x6c, 0x6f]; // "hello"
  const scan = [0xff, 0xda, 0, 4, 1, 2, 0x11, 0x22, 0x33, 0xff, 0x00, 0x44];
  return new Uint8Array([0xff, 0xd8, ...jfif, ...comment, ...scan, 0xff, 0xd9]);
}
