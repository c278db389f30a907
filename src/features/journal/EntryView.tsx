import { useKeel } from '../../state/store';
import { useConfirm } from '../../ui/ConfirmDialog';
import { saveFailedMessage } from '../../ui/messages';
import { deleteEntry, startEditing } from './actions';
import { formatDateTime } from '../../lib/dates';
import { MOOD_LABELS } from '../../ui/moodLabels';
import { hasUnsavedEdit, UNSAVED_NOTE } from './unsaved';
import { lazy, Suspense, useState } from 'react';
import { LazyRememberStory } from '../patterns/lazy';
import { LazyEntryMedia } from './attachments/lazy';
import { EarlierVersions } from './history/EarlierVersions';
import { HarmView } from './history/HarmView';
import { Problem } from '../../ui/Problem';

// Gentle notes (reflect/) load only when an entry is read, keeping them out of the first screen.
const ReframeNote = lazy(() => import('../reflect/ReframeNote'));

/** One entry, read in full. */
export function EntryView({ id }: { id: string }) {
  const entry = useKeel((s) => s.entries.get(id));
  const tags = useKeel((s) => s.tags);
  const draft = useKeel((s) => s.drafts.get(id));
  const [problem, setProblem] = useState('');
  const [confirmDialog, ask] = useConfirm();
  if (!entry) return <p>This entry is no longer here.</p>;
  const name = (tagId: string) => tags.find((t) => t.id === tagId)?.name ?? 'A removed tag';

  const remove = async () => {
    if (!(await ask('Delete this entry? You can undo this right after.', 'Delete entry'))) return;
    try {
      await deleteEntry(entry.id);
      useKeel.getState().go('journal');
      useKeel.getState().setStatus('Entry deleted');
    } catch (error) {
      setProblem(saveFailedMessage(error));
    }
  };

  return (
    <article className="entry" aria-labelledby="entry-heading">
      <h1 id="entry-heading">{formatDateTime(entry.happenedAt)}</h1>
      <p className="meta">
        Written {formatDateTime(entry.createdAt)}
        {entry.updatedAt > entry.createdAt + 1000
          ? ` · edited ${formatDateTime(entry.updatedAt)}`
          : ''}
      </p>
      {hasUnsavedEdit(draft, entry) && (
        <p className="draft-note" role="note">
          <strong>{UNSAVED_NOTE}.</strong> Changes you began to this entry are kept safely on this
          device, not saved into it yet.{' '}
          <button type="button" className="link" onClick={() => startEditing(entry)}>
            Continue editing
          </button>
        </p>
      )}
      {entry.prompt !== undefined && <p className="prompt">{entry.prompt}</p>}
      {entry.mood !== null && (
        <p>
          Mood {entry.mood} ({MOOD_LABELS[entry.mood]})
        </p>
      )}
      <div className="entry-text">{entry.text}</div>
      <LazyEntryMedia ids={entry.attachments} />
      {entry.feelings.length > 0 && <p>Feelings: {entry.feelings.map(name).join(', ')}</p>}
      {entry.events.length > 0 && <p>Events: {entry.events.map(name).join(', ')}</p>}
      <HarmView harm={entry.harm} />
      <Suspense fallback={null}>
        <ReframeNote entry={entry} />
      </Suspense>
      <Problem>{problem}</Problem>
      <div className="actions">
        <button type="button" className="primary" onClick={() => startEditing(entry)}>
          Edit
        </button>
        <button type="button" onClick={() => void remove()}>
          Delete
        </button>
        <button type="button" onClick={() => useKeel.getState().go('journal')}>
          Back to journal
        </button>
      </div>
      <EarlierVersions entry={entry} />
      <LazyRememberStory entry={entry} />
      {confirmDialog}
    </article>
  );
}
