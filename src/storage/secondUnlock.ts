/**
 * Unlocking when a second journal may exist: the passphrase is tried against both keyrings
 * at once, and both derivations always run to the end, so how long an unlock takes says
 * nothing about which journal (if any) it opens. See docs/decisions/0022-second-passphrase.md.
 */
import { importDataKey } from '../crypto/aesGcm';
import { DerivationCancelledError } from '../crypto/kdf';
import { KeyringProblemError, unwrapRawKey, WrongPassphraseError } from './passphrase';
import {
  bothKeyrings,
  decoyKeyring,
  ensureDecoy,
  type JournalKind,
  pointAtJournal,
} from './secondJournal';

type Tried = PromiseSettledResult<Uint8Array<ArrayBuffer>>;

/** Which journal the two results open: the real one first (they never share a passphrase). */
export function chooseJournal(real: Tried, second: Tried): JournalKind | Error {
  if (real.status === 'fulfilled') return 'real';
  if (second.status === 'fulfilled') return 'second';
  const reasons = [real.reason, second.reason] as unknown[];
  const cancelled = reasons.find((reason) => reason instanceof DerivationCancelledError);
  if (cancelled) return cancelled as Error;
  const other = reasons.find((reason) => !(reason instanceof WrongPassphraseError));
  return other instanceof Error ? other : new WrongPassphraseError();
}

/**
 * The data key of whichever journal the passphrase opens; database() then points at that
 * journal. A wrong passphrase is WrongPassphraseError, the same whichever journal exists.
 */
export async function unlockEither(passphrase: string, signal?: AbortSignal): Promise<CryptoKey> {
  const { real, second } = await bothKeyrings();
  if (!real) throw new KeyringProblemError('There is no journal key on this device yet');
  const realKdf = real.protection === 'passphrase' ? real.kdf : undefined;
  // No second keyring yet: a decoy in memory costs the same derivation.
  const other = second?.protection === 'passphrase' ? second : decoyKeyring(realKdf);
  const [realTry, secondTry] = await Promise.allSettled([
    unwrapRawKey(real, passphrase, signal),
    unwrapRawKey(other, passphrase, signal),
  ]);
  const raws = [realTry, secondTry].flatMap((result) =>
    result.status === 'fulfilled' ? [result.value] : [],
  );
  try {
    const chosen = chooseJournal(realTry, secondTry);
    if (chosen instanceof Error) throw chosen;
    const raw = chosen === 'real' ? realTry : secondTry;
    if (raw.status !== 'fulfilled') throw new WrongPassphraseError();
    const key = await importDataKey(raw.value);
    pointAtJournal(chosen);
    return key;
  } finally {
    for (const raw of raws) raw.fill(0);
    if (!second) void ensureDecoy(real).catch(() => undefined);
  }
}
