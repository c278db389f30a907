import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDataKey, newRawDataKey, openJson, sealJson } from '../../../src/crypto/aesGcm';

describe('sealing records with AES-GCM', () => {
  it('gives back any JSON value it sealed', async () => {
    const key = await importDataKey(newRawDataKey());
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const sealed = await sealJson(key, value, 'keel/v1/entries/a');
        expect(await openJson(key, sealed, 'keel/v1/entries/a')).toEqual(
          JSON.parse(JSON.stringify(value)),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('uses a fresh IV for every seal of the same value', async () => {
    const key = await importDataKey(newRawDataKey());
    const a = await sealJson(key, 'same', 'x');
    const b = await sealJson(key, 'same', 'x');
    expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false);
    expect(Buffer.from(a.ct).equals(Buffer.from(b.ct))).toBe(false);
  });

  it('refuses a ciphertext moved to another record, or opened with another key', async () => {
    const key = await importDataKey(newRawDataKey());
    const sealed = await sealJson(key, { text: 'hello' }, 'keel/v1/entries/a');
    await expect(openJson(key, sealed, 'keel/v1/entries/b')).rejects.toThrow();
    const other = await importDataKey(newRawDataKey());
    await expect(openJson(other, sealed, 'keel/v1/entries/a')).rejects.toThrow();
  });

  it('refuses a ciphertext with one flipped bit', async () => {
    const key = await importDataKey(newRawDataKey());
    const sealed = await sealJson(key, { text: 'hello' }, 'a');
    const ct = sealed.ct.slice();
    ct[3] = (ct[3] ?? 0) ^ 1;
    await expect(openJson(key, { iv: sealed.iv, ct }, 'a')).rejects.toThrow();
  });

  it('keeps the data key out of reach of script (non-extractable)', async () => {
    const key = await importDataKey(newRawDataKey());
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});
