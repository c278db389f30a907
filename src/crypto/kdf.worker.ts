/// <reference lib="webworker" />
/** Runs Argon2id off the main thread, so typing a passphrase never freezes the page. */
import { argon2id } from 'hash-wasm';
import type { KdfRequest, KdfResponse } from './kdf';

self.onmessage = async (event: MessageEvent<KdfRequest>) => {
  const { passphrase, salt, memoryKiB, iterations, parallelism } = event.data;
  try {
    const hash = await argon2id({
      password: passphrase,
      salt,
      memorySize: memoryKiB,
      iterations,
      parallelism,
      hashLength: 32,
      outputType: 'binary',
    });
    const response: KdfResponse = { ok: true, hash: new Uint8Array(hash) };
    (self as unknown as Worker).postMessage(response, [response.hash.buffer]);
  } catch (error) {
    const response: KdfResponse = { ok: false, message: String(error) };
    (self as unknown as Worker).postMessage(response);
  }
};
