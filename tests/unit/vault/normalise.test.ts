import { describe, expect, it } from 'vitest';
import { openBackup, sealBackup } from '../../../src/features/backup/crypt';
import { readKeyring, writeKeyring } from '../../../src/storage/keyringStore';
import { newRawDataKey, sealBytes } from '../../../src/crypto/aesGcm';
import {
  DEFAULT_ARGON2,
  deriveWrappingKey,
  MIN_ARGON2,
  newArgon2Params,
} from '../../../src/crypto/kdf';
import { KEYRING_FORMAT, KEYRING_ID } from '../../../src/crypto/keyring';
import {
  changePassphrase,
  unlockStored,
  WrongPassphraseError,
} from '../../../src/storage/passphrase';
import { openVault } from '../../../src/state/openVault';
import { freshDatabase } from '../helpers';

const quick = () => newArgon2Params({ ...DEFAULT_ARGON2, ...MIN_ARGON2 });
/** "café crème" with the accents composed (NFC) and as letter + combining accent (NFD). */
const composed = 'caf\u00e9 cr\u00e8me br\u00fbl\u00e9e';
const decomposed = composed.normalize('NFD');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('passphrases are compared as Unicode NFC', () => {
  it('opens a journal set with decomposed accents when they are typed composed', async () => {
    freshDatabase();
    await openVault();
    expect(decomposed).not.toBe(composed);
    await changePassphrase('', decomposed, { kdf: quick() });
    await expect(unlockStored(composed)).resolves.toBeDefined();
    await expect(unlockStored(decomposed)).resolves.toBeDefined();
  });

  it('opens a journal wrapped before normalising, once with the form typed, then wraps it again with NFC', async () => {
    freshDatabase();
    await openVault();
    // How Keel wrapped a key before: the passphrase exactly as typed (here decomposed).
    const kdf = quick();
    const wrapping = await deriveWrappingKey(decomposed, kdf);
    const aad = `keel/v1/keyring/${kdf.alg}/${kdf.memoryKiB}/${kdf.iterations}/${kdf.parallelism}`;
    const { iv, ct } = await sealBytes(wrapping, newRawDataKey(), aad);
    await writeKeyring({
      id: KEYRING_ID,
      format: KEYRING_FORMAT,
      protection: 'passphrase',
      kdf,
      iv,
      wrappedKey: ct,
    });
    await expect(unlockStored(composed)).rejects.toBeInstanceOf(WrongPassphraseError);
    const before = await readKeyring();
    await expect(unlockStored(decomposed)).resolves.toBeDefined();
    const after = await readKeyring();
    if (before?.protection !== 'passphrase' || after?.protection !== 'passphrase') {
      throw new Error('expected wrapped keyrings');
    }
    expect(hex(after.wrappedKey)).not.toBe(hex(before.wrappedKey));
    // Wrapped again with the NFC form: both forms open it now.
    await expect(unlockStored(composed)).resolves.toBeDefined();
    await expect(unlockStored(decomposed)).resolves.toBeDefined();
  });

  it('a backup made with one form opens with the other', async () => {
    const payload = { hello: 'world' };
    const bytes = await sealBackup(payload as never, decomposed, Date.UTC(2026, 0, 1), {
      ...DEFAULT_ARGON2,
      ...MIN_ARGON2,
    });
    await expect(openBackup(bytes, composed)).resolves.toBeDefined();
  });
});
