import { useKeel } from '../../state/store';
import { useConfirm } from '../../ui/ConfirmDialog';
import { saveFailedMessage } from '../../ui/messages';
import { deleteEntry } from './actions';
import { startEditing } from './newEntry';
import { formatDateTime } from '../../lib/dates';
import { useT } from '../../ui/i18n/i18n';
import { hasUnsavedEdit } from './unsaved';
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
  const { t, locale } = useT();
  const entry = useKeel((s) => s.entries.get(id));
  const tags = useKeel((s) => s.tags);
  const draft = useKeel((s) => s.drafts.get(id));
  const [problem, setProblem] = useState('');
  const [confirmDialog, ask] = useConfirm();
  if (!entry) return <p>{t('entry.gone')}</p>;
  const name = (tagId: string) => tags.find((tag) => tag.id === tagId)?.name ?? t('tags.removed');

  const remove = async () => {
    if (!(await ask(t('entry.deleteQuestion'), t('entry.deleteConfirm'), t('entry.keepIt'))))
      return;
    try {
      await deleteEntry(entry.id);
      useKeel.getState().go('journal');
      useKeel.getState().setStatus(t('entry.deleted'));
    } catch (error) {
      setProblem(saveFailedMessage(error));
    }
  };

  return (
    <article className="entry" aria-labelledby="entry-heading">
      <h1 id="entry-heading">{formatDateTime(entry.happenedAt, locale)}</h1>
      <p className="meta">
        {entry.updatedAt > entry.createdAt + 1000
          ? t('entry.writtenEdited', {
              when: formatDateTime(entry.createdAt, locale),
              edited: formatDateTime(entry.updatedAt, locale),
            })
          : t('entry.written', { when: formatDateTime(entry.createdAt, locale) })}
      </p>
      {hasUnsavedEdit(draft, entry) && (
        <p className="draft-note" role="note">
          <strong>{t('entry.unsavedTitle')}</strong> {t('entry.unsavedNote')}{' '}
          <button type="button" className="link" onClick={() => startEditing(entry)}>
            {t('entry.continueEditing')}
          </button>
        </p>
      )}
      {entry.prompt !== undefined && <p className="prompt">{entry.prompt}</p>}
      {entry.mood !== null && (
        <p>{t('entry.mood', { mood: String(entry.mood), label: t(`mood.${entry.mood}`) })}</p>
      )}
      <div className="entry-text">{entry.text}</div>
      <LazyEntryMedia ids={entry.attachments} />
      {entry.feelings.length > 0 && (
        <p>{t('entry.feelings', { names: entry.feelings.map(name).join(', ') })}</p>
      )}
      {entry.events.length > 0 && (
        <p>{t('entry.events', { names: entry.events.map(name).join(', ') })}</p>
      )}
      <HarmView harm={entry.harm} />
      <Suspense fallback={null}>
        <ReframeNote entry={entry} />
      </Suspense>
      <Problem>{problem}</Problem>
      <div className="actions">
        <button type="button" className="primary" onClick={() => startEditing(entry)}>
          {t('entry.edit')}
        </button>
        <button type="button" onClick={() => void remove()}>
          {t('entry.delete')}
        </button>
        <button type="button" onClick={() => useKeel.getState().go('journal')}>
          {t('entry.back')}
        </button>
      </div>
      <EarlierVersions entry={entry} />
      <LazyRememberStory entry={entry} />
      {confirmDialog}
    </article>
  );
}
