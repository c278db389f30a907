import { describe, expect, it } from 'vitest';
import { openBytes, sealBytes } from '../../../src/crypto/aesGcm';
import {
  acceptableParams,
  DerivationCancelledError,
  DEFAULT_ARGON2,
  deriveKeyBytes,
  deriveWrappingKey,
  MIN_ARGON2,
  newArgon2Params,
} from '../../../src/crypto/kdf';

// The floor keeps unit tests quick; the app uses DEFAULT_ARGON2.
const quick = () => newArgon2Params({ ...DEFAULT_ARGON2, ...MIN_ARGON2 });

describe('deriving a key from a passphrase with Argon2id', () => {
  it('derives the same bytes from the same passphrase and salt, and others from another', async () => {
    const params = quick();
    const a = await deriveKeyBytes('correct horse', params);
    const b = await deriveKeyBytes('correct horse', params);
    const c = await deriveKeyBytes('correct horsf', params);
    expect(a).toHaveLength(32);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('opens with the right passphrase only', async () => {
    const params = quick();
    const right = await deriveWrappingKey('river stone', params);
    const sealed = await sealBytes(right, new TextEncoder().encode('data key'), 'keyring');
    const again = await deriveWrappingKey('river stone', params);
    expect(new TextDecoder().decode(await openBytes(again, sealed, 'keyring'))).toBe('data key');
    const wrong = await deriveWrappingKey('river stones', params);
    await expect(openBytes(wrong, sealed, 'keyring')).rejects.toThrow();
  });

  it('refuses parameters below the floor or absurdly high, and short salts', async () => {
    expect(acceptableParams(newArgon2Params())).toBe(true);
    expect(acceptableParams({ ...quick(), memoryKiB: 1024 })).toBe(false);
    expect(acceptableParams({ ...quick(), iterations: 1 })).toBe(false);
    expect(acceptableParams({ ...quick(), memoryKiB: 4 * 1024 * 1024 })).toBe(false);
    expect(acceptableParams({ ...quick(), salt: new Uint8Array(4) })).toBe(false);
    await expect(deriveKeyBytes('x', { ...quick(), iterations: 1 })).rejects.toThrow();
  });
});

describe('a hostile header cannot make the device hang', () => {
  it('refuses more than 256 MiB, more than 10 passes or more than 4 lanes', () => {
    const at = (over: Partial<ReturnType<typeof quick>>) =>
      acceptableParams({ ...quick(), ...over });
    expect(at({ memoryKiB: 256 * 1024 })).toBe(true);
    expect(at({ memoryKiB: 256 * 1024 + 1 })).toBe(false);
    expect(at({ memoryKiB: 1024 * 1024 })).toBe(false);
    expect(at({ iterations: 10 })).toBe(true);
    expect(at({ iterations: 11 })).toBe(false);
    expect(at({ parallelism: 4 })).toBe(true);
    expect(at({ parallelism: 5 })).toBe(false);
  });

  it('stops a derivation when Cancel is pressed, with a DerivationCancelledError', async () => {
    const stop = new AbortController();
    const derived = deriveKeyBytes('correct horse', quick(), stop.signal);
    stop.abort();
    await expect(derived).rejects.toBeInstanceOf(DerivationCancelledError);
    await expect(deriveKeyBytes('correct horse', quick(), stop.signal)).rejects.toBeInstanceOf(
      DerivationCancelledError,
    );
  });
});
