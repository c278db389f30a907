import { useEffect, useId, useRef, useState } from 'react';
import { useKeel } from '../../state/store';
import type { Draft, Entry } from '../../storage/types';
import { saveFailedMessage } from '../../ui/messages';
import { commitDraft, keepBoth } from './actions';
import { changedSince, type SaveConflict, SaveConflictError } from './conflict';
import { Problem } from '../../ui/Problem';
import { useT } from '../../ui/i18n/i18n';

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
  const { t } = useT();
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
        {current ? t('conflict.changedNote') : t('conflict.deletedNote')}
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
        {deleted ? t('conflict.deletedHeading') : t('conflict.changedHeading')}
      </h2>
      <p>
        {deleted ? t('conflict.deleted') : other ? t('conflict.changed') : t('conflict.unreadable')}
      </p>
      {other && (
        <details>
          <summary>{t('conflict.seeOther')}</summary>
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
            {t('conflict.keepAsEntry')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void run(() => keepBoth(draft, conflict))}
            >
              {t('conflict.keepBoth')}
            </button>
            {other && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void run(() => commitDraft(draft, conflict))}
              >
                {t('conflict.useThis')}
              </button>
            )}
          </>
        )}
        <button type="button" disabled={busy} onClick={() => onChange(null)}>
          {t('conflict.cancel')}
        </button>
      </div>
      {!deleted && (
        <p className="hint">{other ? t('conflict.hintBothOrThis') : t('conflict.hintBoth')}</p>
      )}
    </section>
  );
}
