/**
 * Reading and removing a JPEG's hidden details, by hand and without decoding the image:
 * the EXIF block (APP1) may hold where a photo was taken (GPS) and which device took it.
 * Pure functions over bytes; anything malformed reads as "no location" and is never thrown.
 */
import { stripPngMetadata, stripWebpMetadata } from './imageChunks';

export interface Location {
  latitude: number;
  longitude: number;
}

const SOI = 0xd8;
const SOS = 0xda;
const EOI = 0xd9;
const APP0 = 0xe0;
const APP1 = 0xe1;
const GPS_IFD_POINTER = 0x8825;
const GPS_LATITUDE_REF = 1;
const GPS_LATITUDE = 2;
const GPS_LONGITUDE_REF = 3;
const GPS_LONGITUDE = 4;
const ORIENTATION = 0x0112;
const SHORT = 3;
const RATIONAL = 5;
const ASCII = 2;

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === SOI;
}

interface Segment {
  marker: number;
  /** Where the segment starts (its 0xFF). */
  start: number;
  /** Where its payload (after the two length bytes) starts and ends. */
  from: number;
  to: number;
}

/** The marker segments before the image data (up to and including SOS), in order. */
function segments(bytes: Uint8Array): Segment[] {
  const out: Segment[] = [];
  if (!isJpeg(bytes)) return out;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return out;
    const marker = bytes[at + 1] as number;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      out.push({ marker, start: at, from: at + 2, to: at + 2 });
      at += 2;
      continue;
    }
    if (marker === EOI) return out;
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    if (length < 2 || at + 2 + length > bytes.length) return out;
    out.push({ marker, start: at, from: at + 4, to: at + 2 + length });
    if (marker === SOS) return out;
    at += 2 + length;
  }
  return out;
}

/** A bounds-checked reader of a TIFF block in either byte order. */
class Tiff {
  private readonly view: DataView;
  readonly little: boolean;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.little = bytes[0] === 0x49 && bytes[1] === 0x49;
  }

  fits(at: number, length: number): boolean {
    return at >= 0 && at + length <= this.bytes.length;
  }

  u16(at: number): number | null {
    return this.fits(at, 2) ? this.view.getUint16(at, this.little) : null;
  }

  u32(at: number): number | null {
    return this.fits(at, 4) ? this.view.getUint32(at, this.little) : null;
  }
}

interface IfdEntry {
  tag: number;
  type: number;
  count: number;
  /** Where the value is: inline (offset field) when it fits in 4 bytes, else at the offset. */
  valueAt: number;
}

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 };

function readIfd(tiff: Tiff, at: number): IfdEntry[] {
  const count = tiff.u16(at);
  if (count === null || count > 1000) return [];
  const entries: IfdEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = at + 2 + i * 12;
    const tag = tiff.u16(base);
    const type = tiff.u16(base + 2);
    const n = tiff.u32(base + 4);
    if (tag === null || type === null || n === null) return entries;
    const size = (TYPE_SIZE[type] ?? 1) * n;
    const valueAt = size <= 4 ? base + 8 : (tiff.u32(base + 8) ?? -1);
    entries.push({ tag, type, count: n, valueAt });
  }
  return entries;
}

function degrees(tiff: Tiff, entry: IfdEntry | undefined): number | null {
  if (!entry || entry.type !== RATIONAL || entry.count !== 3 || !tiff.fits(entry.valueAt, 24)) {
    return null;
  }
  let total = 0;
  for (let i = 0; i < 3; i += 1) {
    const top = tiff.u32(entry.valueAt + i * 8) as number;
    const bottom = tiff.u32(entry.valueAt + i * 8 + 4) as number;
    if (bottom === 0) return null;
    total += top / bottom / 60 ** i;
  }
  return total;
}

function reference(tiff: Tiff, entry: IfdEntry | undefined): string {
  if (!entry || entry.type !== ASCII || !tiff.fits(entry.valueAt, 1)) return '';
  return String.fromCharCode(tiff.bytes[entry.valueAt] as number);
}

function locationInExif(payload: Uint8Array): Location | null {
  const tiff = tiffOf(payload);
  if (!tiff) return null;
  const ifd0 = tiff.u32(4);
  if (ifd0 === null) return null;
  const pointer = readIfd(tiff, ifd0).find((entry) => entry.tag === GPS_IFD_POINTER);
  if (!pointer) return null;
  const gpsAt = tiff.u32(pointer.valueAt);
  if (gpsAt === null) return null;
  const gps = readIfd(tiff, gpsAt);
  const find = (tag: number) => gps.find((entry) => entry.tag === tag);
  const latitude = degrees(tiff, find(GPS_LATITUDE));
  const longitude = degrees(tiff, find(GPS_LONGITUDE));
  if (latitude === null || longitude === null) return null;
  return {
    latitude: reference(tiff, find(GPS_LATITUDE_REF)) === 'S' ? -latitude : latitude,
    longitude: reference(tiff, find(GPS_LONGITUDE_REF)) === 'W' ? -longitude : longitude,
  };
}

/** The TIFF block of an APP1 EXIF payload, when it is one. */
function tiffOf(payload: Uint8Array): Tiff | null {
  // "Exif\0\0", then a TIFF header: byte order, 42, the offset of the first IFD.
  const exif = [0x45, 0x78, 0x69, 0x66, 0, 0];
  if (payload.length < 14 || exif.some((byte, i) => payload[i] !== byte)) return null;
  const tiff = new Tiff(payload.subarray(6));
  const order = String.fromCharCode(tiff.bytes[0] as number, tiff.bytes[1] as number);
  if ((order !== 'II' && order !== 'MM') || tiff.u16(2) !== 42) return null;
  return tiff;
}

function orientationInExif(payload: Uint8Array): number | null {
  const tiff = tiffOf(payload);
  const ifd0 = tiff?.u32(4);
  if (!tiff || ifd0 === null || ifd0 === undefined) return null;
  const entry = readIfd(tiff, ifd0).find((e) => e.tag === ORIENTATION);
  if (!entry || entry.type !== SHORT || entry.count !== 1) return null;
  const value = tiff.u16(entry.valueAt);
  return value !== null && value >= 1 && value <= 8 ? value : null;
}

/** Which way up a JPEG says it is (EXIF Orientation, 1 to 8), or null when it says nothing. */
export function jpegOrientation(bytes: Uint8Array): number | null {
  for (const segment of segments(bytes)) {
    if (segment.marker !== APP1) continue;
    const found = orientationInExif(bytes.subarray(segment.from, segment.to));
    if (found !== null) return found;
  }
  return null;
}

/** An APP1 segment holding only an Orientation tag (big-endian TIFF, one IFD entry). */
function orientationSegment(orientation: number): Uint8Array<ArrayBuffer> {
  const payload = new Uint8Array(6 + 8 + 2 + 12 + 4);
  const view = new DataView(payload.buffer);
  payload.set([0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d]);
  view.setUint16(8, 42);
  view.setUint32(10, 8);
  view.setUint16(14, 1);
  view.setUint16(16, ORIENTATION);
  view.setUint16(18, SHORT);
  view.setUint32(20, 1);
  view.setUint16(24, orientation);
  const segment = new Uint8Array(4 + payload.length);
  segment.set([0xff, APP1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  segment.set(payload, 4);
  return segment;
}

/** Where a JPEG says it was taken, or null when it says nothing (or is not a JPEG). */
export function jpegLocation(bytes: Uint8Array): Location | null {
  for (const segment of segments(bytes)) {
    if (segment.marker !== APP1) continue;
    const found = locationInExif(bytes.subarray(segment.from, segment.to));
    if (found) return found;
  }
  return null;
}

/**
 * Segments that can carry hidden details: APP1 (EXIF, XMP), APP3 to APP13 (IPTC, makers'
 * notes), APP15 and comments. Kept: APP0 (JFIF), APP2 (colour profile) and APP14 (Adobe's
 * colour transform), which the picture needs to look right.
 */
function carriesDetails(marker: number): boolean {
  return (
    marker === APP1 || (marker >= 0xe3 && marker <= 0xed) || marker === 0xef || marker === 0xfe
  );
}

/**
 * The same JPEG without its hidden details: every segment that can carry them is left out,
 * the image data is copied as it is. Which way up it is stays: when its EXIF turned it, a
 * new EXIF block holding only that Orientation is put after the JFIF header. Not a JPEG
 * (or one that cannot be walked): null.
 */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const list = segments(bytes);
  const sos = list.at(-1);
  if (!sos || sos.marker !== SOS) return null;
  const orientation = jpegOrientation(bytes);
  const turn = orientation !== null && orientation !== 1 ? orientationSegment(orientation) : null;
  const kept = list.filter((segment) => segment !== sos && !carriesDetails(segment.marker));
  const parts: Uint8Array[] = [new Uint8Array([0xff, SOI])];
  kept.forEach((segment, i) => {
    if (turn && i === 0 && segment.marker !== APP0) parts.push(turn);
    parts.push(bytes.subarray(segment.start, segment.to));
    if (turn && i === 0 && segment.marker === APP0) parts.push(turn);
  });
  if (turn && kept.length === 0) parts.push(turn);
  parts.push(bytes.subarray(sos.start));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A picture without its hidden details (location, device, times, text), by its media
 * type: JPEG, PNG and WebP. Null when the type is another or the bytes cannot be walked.
 */
export function stripImageMetadata(
  type: string,
  bytes: Uint8Array,
): Uint8Array<ArrayBuffer> | null {
  switch (type.split(';')[0]?.trim().toLowerCase()) {
    case 'image/jpeg':
    case 'image/jpg':
      return stripJpegMetadata(bytes);
    case 'image/png':
      return stripPngMetadata(bytes);
    case 'image/webp':
      return stripWebpMetadata(bytes);
    default:
      return null;
  }
}
