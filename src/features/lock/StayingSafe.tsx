import { stayingSafeFrom } from '../../state/stayingSafeFrom';
import { useKeel } from '../../state/store';
import { SecondJournalFacts } from './SecondStayingSafe';
import { useT } from '../../ui/i18n/i18n';

const BACK = {
  safety: 'stayingSafe.backToSafety',
  settings: 'stayingSafe.backToSettings',
} as const;

/**
 * "Staying safe on this device": what Keel's protections do and, just as plainly, what
 * they do not. No promise here may be bigger than what the code does. The first screen
 * reads in about a minute; the details are folded.
 */
export function StayingSafe({ onClose }: { onClose?: () => void }) {
  const { t } = useT();
  const from = stayingSafeFrom();
  const close = onClose ?? (() => useKeel.getState().go(from));
  return (
    <article className="safe-page" aria-labelledby="staying-safe-heading">
      <h1 id="staying-safe-heading">{t('stayingSafe.heading')}</h1>
      <p>
        <strong>{t('stayingSafe.watchedStrong')}</strong> {t('stayingSafe.watchedRest')}
      </p>
      <p>{t('stayingSafe.onlyHere')}</p>
      <ul>
        <li>{t('stayingSafe.quickExit')}</li>
        <li>{t('stayingSafe.passphrase')}</li>
        <li>{t('stayingSafe.history')}</li>
      </ul>

      <details>
        <summary>
          <h2>{t('stayingSafe.exitHeading')}</h2>
        </summary>
        <ul>
          <li>{t('stayingSafe.exitHistory')}</li>
          <li>{t('stayingSafe.exitInstalled')}</li>
          <li>{t('stayingSafe.exitOtherDevices')}</li>
          <li>{t('stayingSafe.exitSeen')}</li>
        </ul>
      </details>

      <details>
        <summary>
          <h2>{t('stayingSafe.historyHeading')}</h2>
        </summary>
        <p>{t('stayingSafe.removeSite')}</p>
        <p>{t('stayingSafe.emptyHistory')}</p>
        <p>{t('stayingSafe.private')}</p>
        <p>{t('stayingSafe.tabTitle')}</p>
        <p>{t('stayingSafe.installed')}</p>
      </details>

      <details>
        <summary>
          <h2>{t('stayingSafe.findHeading')}</h2>
        </summary>
        <p>{t('stayingSafe.readable')}</p>
        <p>{t('stayingSafe.olderCopies')}</p>
        <p>{t('stayingSafe.changedApp')}</p>
      </details>
      <SecondJournalFacts />

      <button type="button" className="link" onClick={close}>
        {t(onClose ? 'stayingSafe.close' : BACK[from])}
      </button>
    </article>
  );
}
