/**
 * Opening the journal: find or create the keyring, and get the data key when no
 * passphrase guards it. With a passphrase, the caller shows the lock screen.
 */
import { createKeyringIfMissing, readKeyring } from '../storage/keyringStore';
import { rememberedDisguise } from '../lib/disguise';
import { rememberedExitUrl } from './exitMemory';
import { recordDecoders } from '../storage/sealedRows';
import { DEFAULT_SETTINGS } from '../storage/types';
import { newOpenKeyring, openKeyWithoutPassphrase } from '../crypto/keyring';

export type Opening = { state: 'open'; key: CryptoKey; firstRun: boolean } | { state: 'locked' };

export async function openVault(now = Date.now()): Promise<Opening> {
  const existing = await readKeyring();
  if (existing?.protection === 'passphrase') return { state: 'locked' };
  if (existing) {
    return { state: 'open', key: await openKeyWithoutPassphrase(existing), firstRun: false };
  }
  // Only a first run needs the default tags and the writing code: loaded before anything is
  // written, so a failed load leaves nothing half made.
  const [{ defaultTags }, { saveSettings, saveTags }] = await Promise.all([
    import('../storage/defaultTags'),
    import('../storage/writes'),
    recordDecoders(), // every write checks with them: fetched alongside, not after
  ]);
  const { keyring, created } = await createKeyringIfMissing(newOpenKeyring());
  if (keyring.protection === 'passphrase') return { state: 'locked' };
  const key = await openKeyWithoutPassphrase(keyring);
  if (created) {
    await saveTags(key, defaultTags(now));
    // The passphrase offer stays until it is answered, across reloads (FirstRunOffer).
    await saveSettings(key, {
      ...DEFAULT_SETTINGS,
      passphraseOffer: 'waiting',
      // Kept on this device by Delete everything: a new journal starts in the same disguise.
      tabTitle: rememberedDisguise().title,
      exitUrl: rememberedExitUrl(),
    });
  }
  return { state: 'open', key, firstRun: created };
}
