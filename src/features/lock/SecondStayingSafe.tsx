import { useKeel } from '../../state/store';
import { journalKind } from '../../storage/secondJournal';

/**
 * "Staying safe on this device", in the real journal only: what a second passphrase does,
 * and what someone with developer tools could still see (docs/decisions/0022).
 */
export function SecondJournalFacts() {
  const open = useKeel((s) => s.phase === 'open');
  if (!open || journalKind() !== 'real') return null;
  return (
    <details>
      <summary>
        <h2>A second passphrase, and what it cannot hide</h2>
      </summary>
      <p>
        In Settings you can set a second passphrase. Typed on the lock screen, it opens a separate,
        ordinary journal instead of this one. Its entries, patterns, search, settings, storage line
        and backups hold only what was written there, and it never mentions this journal.
      </p>
      <p>
        It cannot hide everything. Someone with developer tools on this device could see that the
        browser keeps two sets of encrypted records, roughly how many rows and how much space each
        has, and which one is open. They could not read either without its passphrase. Someone who
        knows Keel well might notice that the other journal&apos;s Settings has no part about a
        second passphrase.
      </p>
      <p>
        Delete everything, from either journal, removes both. A backup holds only the journal it was
        made in; a backup restored on the lock screen replaces this journal.
      </p>
    </details>
  );
}
