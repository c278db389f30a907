import { useEffect, useRef } from 'react';
import type { SignRating } from '../../storage/reflectSafetyTypes';
import { openSafetyAt } from '../safety/jump';
import { ratingLabel, reflectOn } from './signs';

/**
 * The end of a check-in: what was noted, given back in the person's own words (the
 * statements they marked). When a sign about safety was noted, a calm word about each,
 * with the way to the safety plan and to Resources. Never a score, never a verdict.
 */
export function CheckReflection({ answers }: { answers: Record<string, SignRating> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { noted, safety } = reflectOn(answers);
  const others = noted.filter(({ sign }) => sign.safety === undefined);

  // The form has gone: the focus moves to what replaced it.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="check-reflection" aria-labelledby="check-reflection-heading">
      <h3 id="check-reflection-heading" ref={heading} tabIndex={-1}>
        What you noted
      </h3>
      {noted.length === 0 ? (
        <p>
          You did not mark any of these as part of your life just now. Thank you for taking the time
          to look.
        </p>
      ) : (
        others.length > 0 && (
          <>
            <p>In your own words, you said:</p>
            <ul>
              {others.map(({ sign, rating }) => (
                <li key={sign.id}>
                  {sign.statement}{' '}
                  <span className="hint">({ratingLabel(rating).toLowerCase()})</span>
                </li>
              ))}
            </ul>
            <p className="hint">
              Seeing it written down can be hard. Noticing it is a step, whatever you do next.
            </p>
          </>
        )
      )}
      {safety.length > 0 && (
        <div className="safety-reflection" role="group" aria-labelledby="safety-reflection-heading">
          <h4 id="safety-reflection-heading">About your safety</h4>
          <p>
            You also said {safety.length === 1 ? 'something' : 'some things'} that people who help
            others through this take especially seriously. This is not a score or a judgement, and
            only you know your situation.
          </p>
          <ul>
            {safety.map(({ sign }) => (
              <li key={sign.id}>
                <strong>{sign.statement}</strong> {sign.safety}
              </li>
            ))}
          </ul>
          <p>
            If it helps, your safety plan is a quiet place to think through what you would do, and
            the people in Resources can talk it through with you in confidence. If you are in danger
            right now, call your local emergency number.
          </p>
          <div className="actions">
            <button type="button" className="link" onClick={() => openSafetyAt('safety-plan')}>
              Open your safety plan
            </button>
            <button type="button" className="link" onClick={() => openSafetyAt('resources')}>
              See Resources
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
