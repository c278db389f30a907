import type { HarmDetails } from '../../../storage/types';
import { cleanHarm, HARM_FIELDS } from '../../../storage/harm';
import { useT } from '../../../ui/i18n/i18n';

/** The details of harm that were filled in, as a short list; nothing when none were. */
export function HarmView({ harm }: { harm: HarmDetails | undefined }) {
  const { t } = useT();
  const kept = cleanHarm(harm);
  if (!kept) return null;
  return (
    <section className="harm-details" aria-label={t('harm.region')}>
      <dl>
        {HARM_FIELDS.map(({ field }) =>
          kept[field] === undefined ? null : (
            <div key={field}>
              <dt>{t(`harm.${field}`)}</dt>
              <dd className="entry-text">{kept[field]}</dd>
            </div>
          ),
        )}
      </dl>
    </section>
  );
}
