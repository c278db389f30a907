import { startNewEntry } from '../journal/actions';
import { PROMPT_GROUPS } from './prompts';

/** Prompts by moment; each can start a new entry with the prompt shown above the text. */
export function PromptList() {
  return (
    <section className="prompts" aria-labelledby="prompts-heading">
      <h2 id="prompts-heading">Prompts</h2>
      <p>
        If you are not sure where to start, a question can help. Choose the moment that fits, and
        write as much or as little as you like.
      </p>
      {PROMPT_GROUPS.map((group) => (
        <details key={group.id} className="prompt-group">
          <summary>{group.moment}</summary>
          <ul>
            {group.prompts.map((prompt, index) => (
              <li key={prompt}>
                <p id={`prompt-${group.id}-${index}`}>{prompt}</p>
                <button
                  type="button"
                  aria-describedby={`prompt-${group.id}-${index}`}
                  onClick={() => startNewEntry(prompt)}
                >
                  Write with this prompt
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
