import { useT } from '../../ui/i18n/i18n';

/** The plain words about what a passphrase does, shared by first run and Settings. */
export function PassphraseText() {
  const { t } = useT();
  return (
    <>
      <p>{t('passphrase.what')}</p>
      <p>
        <strong>{t('passphrase.forgetStrong')}</strong>
        {t('passphrase.forgetRest')}
      </p>
    </>
  );
}
