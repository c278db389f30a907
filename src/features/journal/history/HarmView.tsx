import type { HarmDetails } from '../../../storage/types';
import { harmLines } from '../../../storage/harm';

/** The details of harm that were filled in, as a short list; nothing when none were. */
export function HarmView({ harm }: { harm: HarmDetails | undefined }) {
  const lines = harmLines(harm);
  if (lines.length === 0) return null;
  return (
    <section className="harm-details" aria-label="Details of what happened">
      <dl>
        {lines.map(({ label, text }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="entry-text">{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
