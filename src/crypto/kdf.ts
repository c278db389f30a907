/**
 * Passphrase → key, with Argon2id (hash-wasm) in a Web Worker. The parameters travel
 * with the salt (keyring, backup header) so they can be raised later without
 * breaking what was made with the old ones. See docs/decisions/0002-key-hierarchy.md.
 */
import { randomBytes } from './aesGcm';
import type { Argon2Params } from './keyring';

/** Above OWASP's floor (19 MiB, t=2, p=1); about 0.5-1 s on the machines we tested. */
export const DEFAULT_ARGON2: Omit<Argon2Params, 'salt'> = {
  alg: 'argon2id',
  memoryKiB: 64 * 1024,
  iterations: 3,
  parallelism: 1,
};

/** The floor below which stored parameters are refused (a tampered header must not weaken them). */
export const MIN_ARGON2 = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 } as const;
/**
 * The ceiling for stored parameters (keyring and backup headers alike): a hostile header
 * must not make a phone allocate gigabytes or spin for minutes. Keel itself uses far less.
 */
export const MAX_ARGON2 = { memoryKiB: 256 * 1024, iterations: 10, parallelism: 4 } as const;

export const SALT_BYTES = 16;

export interface KdfRequest {
  passphrase: string;
  salt: Uint8Array<ArrayBuffer>;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

export type KdfResponse =
  { ok: true; hash: Uint8Array<ArrayBuffer> } | { ok: false; message: string };

export function newArgon2Params(base = DEFAULT_ARGON2): Argon2Params {
  return { ...base, salt: randomBytes(SALT_BYTES) };
}

/** True when parameters are within the bounds Keel accepts from storage or a file. */
export function acceptableParams(params: Argon2Params): boolean {
  return (
    params.alg === 'argon2id' &&
    params.salt.length >= 16 &&
    params.memoryKiB >= MIN_ARGON2.memoryKiB &&
    params.memoryKiB <= MAX_ARGON2.memoryKiB &&
    params.iterations >= MIN_ARGON2.iterations &&
    params.iterations <= MAX_ARGON2.iterations &&
    params.parallelism >= MIN_ARGON2.parallelism &&
    params.parallelism <= MAX_ARGON2.parallelism
  );
}

function request(passphrase: string, params: Argon2Params): KdfRequest {
  return {
    passphrase,
    salt: params.salt,
    memoryKiB: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
  };
}

/** The person pressed Cancel while a key was being derived: nothing was changed. */
export class DerivationCancelledError extends Error {
  constructor() {
    super('The key derivation was cancelled');
    this.name = 'DerivationCancelledError';
  }
}

/**
 * Passphrases are compared as Unicode NFC, so the same words typed on another keyboard or
 * system (composed or decomposed accents) derive the same key.
 */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

function inWorker(message: KdfRequest, signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DerivationCancelledError());
    };
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<KdfResponse>) => {
      finish();
      if (event.data.ok) resolve(event.data.hash);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The key could not be derived'));
    };
    worker.postMessage(message);
  });
}

/** In-thread derivation cannot be stopped midway; a cancel still answers at once. */
function cancellable(
  work: Promise<Uint8Array<ArrayBuffer>>,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!signal) return work;
  return new Promise((resolve, reject) => {
    const stop = () => reject(new DerivationCancelledError());
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** Where there are no workers (unit tests in Node), the same code runs in-thread. */
async function inThread(message: KdfRequest): Promise<Uint8Array<ArrayBuffer>> {
  const { argon2id } = await import('hash-wasm');
  const hash = await argon2id({
    password: message.passphrase,
    salt: message.salt,
    memorySize: message.memoryKiB,
    iterations: message.iterations,
    parallelism: message.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  return new Uint8Array(hash);
}

/** The 32 raw bytes Argon2id derives from the passphrase. */
export function deriveKeyBytes(
  passphrase: string,
  params: Argon2Params,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!acceptableParams(params)) {
    return Promise.reject(new Error('These key settings are outside what Keel accepts'));
  }
  if (signal?.aborted) return Promise.reject(new DerivationCancelledError());
  const message = request(passphrase, params);
  const started = performance.now();
  const derived =
    typeof Worker === 'undefined'
      ? cancellable(inThread(message), signal)
      : inWorker(message, signal);
  return derived.finally(() => measure(started));
}

/** Leaves a `keel:argon2id` performance entry (for the benchmark and browser tests). */
function measure(started: number): void {
  try {
    performance.measure('keel:argon2id', { start: started, end: performance.now() });
  } catch {
    // Older engines without measure options: timing is optional.
  }
}

/** A non-extractable AES-GCM key derived from the passphrase, for wrapping a data key or a backup. */
export async function deriveWrappingKey(
  passphrase: string,
  params: Argon2Params,
  signal?: AbortSignal,
): Promise<CryptoKey> {
  const bytes = await deriveKeyBytes(passphrase, params, signal);
  try {
    return await crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, [
      'encrypt',
      'decrypt',
    ]);
  } finally {
    bytes.fill(0);
  }
}
