import { useId } from 'react';
import type { SelfCheck } from '../../storage/reflectSafetyTypes';
import { compareChecks, ratingLabel } from './signs';

interface Props {
  title: string;
  earlier: SelfCheck;
  later: SelfCheck;
}

/** What shifted between two check-ins, in words, with no total and no label. */
export function CheckChanges({ title, earlier, later }: Props) {
  const { eased, grown, same } = compareChecks(earlier.answers, later.answers);
  const headingId = useId();
  return (
    <section className="check-changes" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {eased.length === 0 && grown.length === 0 ? (
        <p>Your answers were the same. Noticing that is worth something too.</p>
      ) : (
        <>
          {eased.length > 0 && (
            <>
              <p>These feel less present now:</p>
              <ul>
                {eased.map(({ sign, from, to }) => (
                  <li key={sign.id}>
                    {sign.statement}{' '}
                    <span className="hint">
                      ({ratingLabel(from).toLowerCase()} → {ratingLabel(to).toLowerCase()})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {grown.length > 0 && (
            <>
              <p>
                These feel more present now. Hard stretches happen, and it is good that you noticed:
              </p>
              <ul>
                {grown.map(({ sign, from, to }) => (
                  <li key={sign.id}>
                    {sign.statement}{' '}
                    <span className="hint">
                      ({ratingLabel(from).toLowerCase()} → {ratingLabel(to).toLowerCase()})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {same > 0 && (
            <p className="hint">
              {same === 1 ? 'One other stayed the same.' : `${same} others stayed the same.`}
            </p>
          )}
        </>
      )}
    </section>
  );
}
