import { PROMPT_GROUPS } from './prompts';
import { useT } from '../../ui/i18n/i18n';

/**
 * Prompts by moment; each can start a new entry with the prompt shown above the text
 * (`onWrite`, which the app hands in: the journal's startNewEntry). The prompt is kept with
 * the entry in the language shown when it was chosen.
 */
export function PromptList({ onWrite }: { onWrite: (prompt: string) => void }) {
  const { t } = useT();
  return (
    <section className="prompts" aria-labelledby="prompts-heading">
      <h2 id="prompts-heading">{t('prompts.heading')}</h2>
      <p>{t('prompts.intro')}</p>
      {PROMPT_GROUPS.map((group) => (
        <details key={group.id} className="prompt-group">
          <summary>{t(group.moment)}</summary>
          <ul>
            {group.prompts.map((prompt, index) => (
              <li key={prompt}>
                <p id={`prompt-${group.id}-${index}`}>{t(prompt)}</p>
                <button
                  type="button"
                  aria-describedby={`prompt-${group.id}-${index}`}
                  onClick={() => onWrite(t(prompt))}
                >
                  {t('prompts.write')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
