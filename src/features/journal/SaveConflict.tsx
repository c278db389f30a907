import { useEffect, useId, useRef, useState } from 'react';
import { useKeel } from '../../state/store';
import type { Draft, Entry } from '../../storage/types';
import { saveFailedMessage } from '../../ui/messages';
import { commitDraft, keepBoth } from './actions';
import { changedSince, type SaveConflict, SaveConflictError } from './conflict';
import { Problem } from '../../ui/Problem';

interface Props {
  draft: Draft;
  /** The conflict a Save ran into, or null. */
  conflict: SaveConflict | null;
  onChange(conflict: SaveConflict | null): void;
  onSaved(entry: Entry): void;
}

/**
 * When another tab (or an import) changed or deleted the entry being edited: a quiet note
 * as soon as this tab hears of it, and after Save, the choice of what to keep. Nothing is
 * overwritten without the person choosing it.
 */
export function SaveConflictNotice({ draft, conflict, onChange, onSaved }: Props) {
  const entryId = draft.entryId;
  const current = useKeel((s) => (entryId ? s.entries.get(entryId) : undefined));
  const loading = useKeel((s) => s.loading);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (conflict) heading.current?.focus();
  }, [conflict]);

  if (!entryId) return null;
  if (!conflict) {
    if (current ? !changedSince(draft, current) : loading) return null;
    return (
      <p className="draft-note" role="status">
        {current
          ? 'This entry was changed in another Keel tab or window after you began. Your words here are kept; when you save, you can choose what to keep.'
          : 'This entry was deleted in another Keel tab or window. Your words here are kept; when you save, you can keep them as an entry.'}
      </p>
    );
  }

  const run = async (action: () => Promise<Entry>) => {
    setBusy(true);
    setProblem('');
    try {
      onSaved(await action());
    } catch (error) {
      if (error instanceof SaveConflictError) onChange(error.conflict);
      else setProblem(saveFailedMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const deleted = conflict.kind === 'deleted';
  const other = conflict.kind === 'changed' ? conflict.stored : null;

  return (
    <section className="save-conflict draft-note" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {deleted ? 'This entry was deleted elsewhere' : 'This entry changed elsewhere'}
      </h2>
      <p>
        {deleted
          ? 'While you were editing, it was deleted in another Keel tab or window. Your words are still here.'
          : other
            ? 'While you were editing, it was saved in another Keel tab or window, or by an import. Saving here would replace those words, so nothing has been saved yet.'
            : 'The saved copy of this entry cannot be opened just now. Nothing has been saved yet, and it stays as it is.'}
      </p>
      {other && (
        <details>
          <summary>See the other version</summary>
          <div className="entry-text">{other.text}</div>
        </details>
      )}
      <Problem>{problem}</Problem>
      <div className="actions">
        {deleted ? (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void run(() => commitDraft(draft, conflict))}
          >
            Keep this as an entry
          </button>
        ) : (
          <>
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void run(() => keepBoth(draft, conflict))}
            >
              Keep both
            </button>
            {other && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void run(() => commitDraft(draft, conflict))}
              >
                Use this version
              </button>
            )}
          </>
        )}
        <button type="button" disabled={busy} onClick={() => onChange(null)}>
          Cancel
        </button>
      </div>
      {!deleted && (
        <p className="hint">
          Keep both saves your words as a new entry and leaves the other as it is.
          {other ? ' Use this version puts your words in place of the other.' : ''}
        </p>
      )}
    </section>
  );
}
