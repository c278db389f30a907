import { useEffect, useRef } from 'react';
import type { SignRating } from '../../storage/reflectSafetyTypes';
import { openSafetyAt } from '../../state/safetyJump';
import { ratingLabel, reflectOn } from './signs';
import { useT } from '../../ui/i18n/i18n';

/**
 * The end of a check-in: what was noted, given back in the person's own words (the
 * statements they marked). When a sign about safety was noted, a calm word about each,
 * with the way to the safety plan and to Resources. Never a score, never a verdict.
 */
export function CheckReflection({ answers }: { answers: Record<string, SignRating> }) {
  const { t, locale } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const { noted, safety } = reflectOn(answers);
  const others = noted.filter(({ sign }) => sign.safety === undefined);

  // The form has gone: the focus moves to what replaced it.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="check-reflection" aria-labelledby="check-reflection-heading">
      <h3 id="check-reflection-heading" ref={heading} tabIndex={-1}>
        {t('check.noted')}
      </h3>
      {noted.length === 0 ? (
        <p>{t('check.notedNone')}</p>
      ) : (
        others.length > 0 && (
          <>
            <p>{t('check.inYourWords')}</p>
            <ul>
              {others.map(({ sign, rating }) => (
                <li key={sign.id}>
                  {t(sign.statement)}{' '}
                  <span className="hint">
                    {t('check.change.rating', {
                      rating: t(ratingLabel(rating)).toLocaleLowerCase(locale),
                    })}
                  </span>
                </li>
              ))}
            </ul>
            <p className="hint">{t('check.writtenDown')}</p>
          </>
        )
      )}
      {safety.length > 0 && (
        <div className="safety-reflection" role="group" aria-labelledby="safety-reflection-heading">
          <h4 id="safety-reflection-heading">{t('check.aboutSafety')}</h4>
          <p>{t('check.safetySaid', { count: safety.length })}</p>
          <ul>
            {safety.map(({ sign }) => (
              <li key={sign.id}>
                <strong>{t(sign.statement)}</strong> {sign.safety && t(sign.safety)}
              </li>
            ))}
          </ul>
          <p>{t('check.ifItHelps')}</p>
          <div className="actions">
            <button type="button" className="link" onClick={() => openSafetyAt('safety-plan')}>
              {t('check.openPlan')}
            </button>
            <button type="button" className="link" onClick={() => openSafetyAt('resources')}>
              {t('check.seeResources')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
