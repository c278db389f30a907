import type { ContactInfo } from './analysis';
import { contactSentences } from './words';

/** Days since the last noted contact: information, never a streak or a score. */
export function ContactSection({ info }: { info: ContactInfo }) {
  return (
    <section className="pattern-part" aria-labelledby="contact-heading">
      <h2 id="contact-heading" tabIndex={-1}>
        Contact
      </h2>
      <div data-testid="contact-summary">
        {contactSentences(info).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <p className="hint">
        This counts what you noted, nothing more. Contact happens for many reasons, and every day
        you write is part of your story.
      </p>
    </section>
  );
}
