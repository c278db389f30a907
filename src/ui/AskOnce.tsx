import { type ReactNode, useId, useState } from 'react';
import type { AskOnceChoice } from '../storage/types';
import { Problem } from './Problem';

interface Props {
  heading: string;
  /** What ticking the box means, in the person's words. */
  label: string;
  choice: AskOnceChoice;
  /** Saves the answer; a failure is said with `problemFor`. */
  choose(on: boolean): Promise<void>;
  problemFor(error: unknown): string;
  /** The hint under the box; it can say that Keel has not asked yet. */
  hint: ReactNode;
  className?: string;
  labelClassName: string;
}

/**
 * A setting Keel asks about once, the first time it applies ('ask'), that Settings can turn
 * on or off at any time after, whatever was answered (gentle notes, the whole story).
 */
export function AskOnce({ heading, label, choice, choose, problemFor, hint, ...classes }: Props) {
  const headingId = useId();
  const [problem, setProblem] = useState('');
  return (
    <section className={classes.className} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <label className={classes.labelClassName}>
        <input
          type="checkbox"
          checked={choice === 'on'}
          onChange={(event) => {
            setProblem('');
            choose(event.target.checked).catch((error: unknown) => setProblem(problemFor(error)));
          }}
        />
        <span>{label}</span>
      </label>
      <p className="hint">{hint}</p>
      <Problem>{problem}</Problem>
    </section>
  );
}
