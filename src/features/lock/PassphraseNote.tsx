import { useEffect, useState } from 'react';
import { useKeel } from '../../state/store';
import { updateSettings } from '../../state/updateSettings';
import { readKeyring } from '../../storage/keyringStore';
import { useT } from '../../ui/i18n/i18n';

/** The note comes once the journal holds this many entries. */
export const NOTE_AFTER_ENTRIES = 3;

/**
 * After "Not now" to the passphrase offer: one short note once a few entries are written,
 * until it is hidden. Never shown when a passphrase is set.
 */
export function PassphraseNote() {
  const { t } = useT();
  const due = useKeel(
    (s) =>
      s.phase === 'open' &&
      !s.firstRun &&
      s.settings.passphraseOffer === 'not-now' &&
      s.entries.size >= NOTE_AFTER_ENTRIES &&
      (s.view === 'journal' || s.view === 'entry'),
  );
  const [open, setOpen] = useState<boolean | null>(null);
  useEffect(() => {
    if (!due || open !== null) return;
    let live = true;
    readKeyring().then(
      (keyring) => live && setOpen(keyring?.protection === 'none'),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [due, open]);
  if (!due || !open) return null;
  const hide = () => {
    updateSettings({ passphraseOffer: 'done' }, { edit: false }).catch(() => {
      // Not kept: the note may show once more next time, which is harmless.
    });
  };
  return (
    <aside className="first-run" aria-labelledby="passphrase-note-heading">
      <h2 id="passphrase-note-heading">{t('passphraseNote.heading')}</h2>
      <p>{t('passphraseNote.text')}</p>
      <div className="actions">
        <button type="button" onClick={() => useKeel.getState().go('settings')}>
          {t('passphraseNote.toSettings')}
        </button>
        <button type="button" onClick={hide}>
          {t('passphraseNote.hide')}
        </button>
      </div>
    </aside>
  );
}
