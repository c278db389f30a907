import { useEffect, useId, useRef, useState } from 'react';
import { useKeel } from '../../../state/store';
import type { Entry } from '../../../storage/types';
import { formatDateTime } from '../../../lib/dates';
import { formatList } from '../../../lib/i18n/format';
import { useT } from '../../../ui/i18n/i18n';
import { HarmView } from './HarmView';
import './history.css';
import { countVersions, deleteVersionRows, readVersions } from '../../../storage/versionReads';
import { type EntryVersion, type VersionItem, versionList } from '../../../storage/versions';

/**
 * "Earlier versions" on the entry page: shown only when an entry has some. Nothing is
 * decrypted until the person opens it; then each version is listed by when it was written,
 * and each opens to be read.
 */
export function EarlierVersions({ entry }: { entry: Entry }) {
  // Counted afresh (and closed) whenever the entry is saved, here or in another tab.
  return <VersionsOf key={`${entry.id}@${entry.updatedAt}`} entry={entry} />;
}

function VersionsOf({ entry }: { entry: Entry }) {
  const { t, locale } = useT();
  const when = (time: number) => formatDateTime(time, locale);
  const key = useKeel((s) => s.key);
  const tags = useKeel((s) => s.tags);
  const [count, setCount] = useState(0);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<VersionItem[] | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [problem, setProblem] = useState('');
  const [all, setAll] = useState<EntryVersion[]>([]);
  const [asking, setAsking] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useEffect(() => {
    let live = true;
    countVersions(entry.id).then(
      (n) => live && setCount(n),
      () => live && setCount(0),
    );
    return () => {
      live = false;
    };
  }, [entry.id]);

  if (!key || (count === 0 && !said)) return null;
  if (count === 0) {
    // The last one was removed: only the word that it was stays, where focus goes.
    return (
      <section className="earlier-versions">
        <p role="status" className="hint" tabIndex={-1} ref={(p) => p?.focus()}>
          {said}
        </p>
      </section>
    );
  }
  const name = (tagId: string) =>
    tags.find((tag) => tag.id === tagId)?.name ?? t('history.removedTag');

  const toggle = async () => {
    if (open) {
      setOpen(false);
      return;
    }
    setOpen(true);
    if (items) return;
    try {
      const read = await readVersions(key, entry.id);
      setAll(read.versions);
      setItems(versionList(read.versions, entry));
      setUnreadable(read.unreadable);
      setProblem('');
    } catch {
      setProblem(t('history.readFailed'));
    }
  };

  // Every stored copy written at that time goes (a merge may have brought one twice).
  const remove = async (item: VersionItem) => {
    const ids = all.filter((v) => v.entry.updatedAt === item.writtenAt).map((v) => v.id);
    try {
      await deleteVersionRows(entry.id, ids.length > 0 ? ids : [item.id]);
    } catch {
      setProblem(t('history.removeFailed'));
      return;
    }
    const left = all.filter((v) => !ids.includes(v.id));
    setAll(left);
    setItems(versionList(left, entry));
    setCount((n) => Math.max(0, n - ids.length));
    setAsking(null);
    setProblem('');
    setSaid(t('history.removed'));
    toggleRef.current?.focus();
  };

  return (
    <section className="earlier-versions">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => void toggle()}
      >
        {t('history.button')}
      </button>
      <div id={listId} hidden={!open}>
        {problem && <p role="alert">{problem}</p>}
        {items?.length === 0 && unreadable === 0 && <p>{t('history.noneDiffer')}</p>}
        {items && items.length > 0 && (
          <ol aria-label={t('history.list')} className="version-list">
            {items.map((item) => (
              <li key={item.id}>
                <details>
                  <summary>{t('history.written', { when: when(item.writtenAt) })}</summary>
                  <p className="hint">{t('history.replaced', { when: when(item.replacedAt) })}</p>
                  {item.entry.happenedAt !== entry.happenedAt && (
                    <p>{t('history.happened', { when: when(item.entry.happenedAt) })}</p>
                  )}
                  {item.entry.mood !== null && (
                    <p>
                      {t('history.mood', {
                        mood: item.entry.mood,
                        label: t(`mood.${item.entry.mood}`),
                      })}
                    </p>
                  )}
                  <div className="entry-text">{item.entry.text}</div>
                  {item.entry.feelings.length > 0 && (
                    <p>
                      {t('history.feelings', {
                        names: formatList(item.entry.feelings.map(name), locale),
                      })}
                    </p>
                  )}
                  {item.entry.events.length > 0 && (
                    <p>
                      {t('history.events', {
                        names: formatList(item.entry.events.map(name), locale),
                      })}
                    </p>
                  )}
                  <HarmView harm={item.entry.harm} />
                  {asking === item.id ? (
                    <RemoveQuestion
                      writtenAt={item.writtenAt}
                      onRemove={() => void remove(item)}
                      onKeep={() => setAsking(null)}
                    />
                  ) : (
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        setSaid('');
                        setAsking(item.id);
                      }}
                    >
                      {t('history.remove')}
                    </button>
                  )}
                </details>
              </li>
            ))}
          </ol>
        )}
        <p role="status" className="hint">
          {said}
        </p>
        {unreadable > 0 && <p className="hint">{t('history.unreadable', { count: unreadable })}</p>}
      </div>
    </section>
  );
}

/** The question before an earlier version is removed, its first button focused. */
function RemoveQuestion({
  writtenAt,
  onRemove,
  onKeep,
}: {
  writtenAt: number;
  onRemove(): void;
  onKeep(): void;
}) {
  const { t, locale } = useT();
  const questionId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div role="group" aria-labelledby={questionId} className="version-remove">
      <p id={questionId}>
        {t('history.removeQuestion', { when: formatDateTime(writtenAt, locale) })}
      </p>
      <p>{t('history.removeStays')}</p>
      <button ref={first} type="button" onClick={onKeep}>
        {t('history.keep')}
      </button>{' '}
      <button type="button" onClick={onRemove}>
        {t('history.removeConfirm')}
      </button>
    </div>
  );
}
