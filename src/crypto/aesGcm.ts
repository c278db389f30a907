/**
 * AES-256-GCM sealing of records with WebCrypto. Every seal draws a fresh 96-bit IV.
 * The additional data binds a ciphertext to its table and id, so rows cannot be swapped.
 */

export const IV_BYTES = 12;
export const KEY_BYTES = 32;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function newRawDataKey(): Uint8Array<ArrayBuffer> {
  return randomBytes(KEY_BYTES);
}

/** Imports raw key bytes as a non-extractable AES-GCM key. */
export function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  ct: Uint8Array<ArrayBuffer>;
}

export async function sealBytes(
  key: CryptoKey,
  plain: Uint8Array<ArrayBuffer>,
  aad: string,
): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(aad) },
    key,
    plain,
  );
  return { iv, ct: new Uint8Array(ct) };
}

export async function openBytes(
  key: CryptoKey,
  sealed: Sealed,
  aad: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(aad) },
    key,
    sealed.ct,
  );
  return new Uint8Array(plain);
}

/**
 * The length a plaintext of `n` bytes is padded to: at least 256, then the next multiple of
 * an eighth of its power of two (at most 12.5% more). Ciphertext lengths then fall into
 * few buckets, so a row's size says little about how much was written.
 */
export function paddedLength(n: number): number {
  if (n <= 256) return 256;
  const step = 2 ** (Math.floor(Math.log2(n)) - 3);
  return Math.ceil(n / step) * step;
}

/** JSON with trailing spaces up to paddedLength (JSON.parse ignores them: no format change). */
export function paddedJsonBytes(value: unknown): Uint8Array<ArrayBuffer> {
  const json = encoder.encode(JSON.stringify(value));
  const out = new Uint8Array(paddedLength(json.length)).fill(0x20);
  out.set(json);
  return out;
}

export function sealJson(key: CryptoKey, value: unknown, aad: string): Promise<Sealed> {
  return sealBytes(key, paddedJsonBytes(value), aad);
}

/** Parses decrypted bytes as the JSON they were sealed from. */
export function parseJsonBytes(plain: ArrayBuffer | Uint8Array<ArrayBuffer>): unknown {
  return JSON.parse(decoder.decode(plain)) as unknown;
}

/**
 * Decrypts many records at once: every decrypt is started before any is awaited
 * (WebCrypto runs them off the main thread), with one promise per record and no copies.
 * A record that fails to decrypt comes back as null.
 */
export function openManyBytes(
  key: CryptoKey,
  sealed: readonly Sealed[],
  aadOf: (index: number) => string,
): Promise<(ArrayBuffer | null)[]> {
  const fail = () => null;
  return Promise.all(
    sealed.map((item, i) =>
      crypto.subtle
        .decrypt(
          { name: 'AES-GCM', iv: item.iv, additionalData: encoder.encode(aadOf(i)) },
          key,
          item.ct,
        )
        .then(undefined, fail),
    ),
  );
}

export async function openJson(key: CryptoKey, sealed: Sealed, aad: string): Promise<unknown> {
  return parseJsonBytes(await openBytes(key, sealed, aad));
}
