import { useId } from 'react';
import type { SelfCheck, SignRating } from '../../storage/reflectSafetyTypes';
import { compareChecks, ratingLabel } from './signs';
import { useT } from '../../ui/i18n/i18n';

interface Props {
  title: string;
  earlier: SelfCheck;
  later: SelfCheck;
}

/** What shifted between two check-ins, in words, with no total and no label. */
export function CheckChanges({ title, earlier, later }: Props) {
  const { t, locale } = useT();
  const rating = (value: SignRating) => t(ratingLabel(value)).toLocaleLowerCase(locale);
  const { eased, grown, same } = compareChecks(earlier.answers, later.answers);
  const headingId = useId();
  return (
    <section className="check-changes" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {eased.length === 0 && grown.length === 0 ? (
        <p>{t('check.same')}</p>
      ) : (
        <>
          {eased.length > 0 && (
            <>
              <p>{t('check.eased')}</p>
              <ul>
                {eased.map(({ sign, from, to }) => (
                  <li key={sign.id}>
                    {t(sign.statement)}{' '}
                    <span className="hint">
                      {t('check.change.ratings', { from: rating(from), to: rating(to) })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {grown.length > 0 && (
            <>
              <p>{t('check.grown')}</p>
              <ul>
                {grown.map(({ sign, from, to }) => (
                  <li key={sign.id}>
                    {t(sign.statement)}{' '}
                    <span className="hint">
                      {t('check.change.ratings', { from: rating(from), to: rating(to) })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {same > 0 && <p className="hint">{t('check.othersSame', { count: same })}</p>}
        </>
      )}
    </section>
  );
}
