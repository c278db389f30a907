import { useEffect, useId, useRef, useState } from 'react';
import { useKeel } from '../../../state/store';
import type { Entry } from '../../../storage/types';
import { formatDateTime } from '../../../lib/dates';
import { MOOD_LABELS } from '../../../ui/moodLabels';
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

  if (count === 0 || !key) return null;
  const name = (tagId: string) => tags.find((t) => t.id === tagId)?.name ?? 'A removed tag';

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
      setProblem('The earlier versions could not be read just now. They are still kept.');
    }
  };

  // Every stored copy written at that time goes (a merge may have brought one twice).
  const remove = async (item: VersionItem) => {
    const ids = all.filter((v) => v.entry.updatedAt === item.writtenAt).map((v) => v.id);
    try {
      await deleteVersionRows(entry.id, ids.length > 0 ? ids : [item.id]);
    } catch {
      setProblem('That version could not be removed just now. It is still kept as it was.');
      return;
    }
    const left = all.filter((v) => !ids.includes(v.id));
    setAll(left);
    setItems(versionList(left, entry));
    setCount((n) => Math.max(0, n - ids.length));
    setAsking(null);
    setProblem('');
    setSaid('That earlier version was removed.');
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
        Earlier versions
      </button>
      <div id={listId} hidden={!open}>
        {problem && <p role="alert">{problem}</p>}
        {items?.length === 0 && unreadable === 0 && (
          <p>No earlier versions differ from this one.</p>
        )}
        {items && items.length > 0 && (
          <ol aria-label="Earlier versions" className="version-list">
            {items.map((item) => (
              <li key={item.id}>
                <details>
                  <summary>Written {formatDateTime(item.writtenAt)}</summary>
                  <p className="hint">Replaced {formatDateTime(item.replacedAt)}</p>
                  {item.entry.happenedAt !== entry.happenedAt && (
                    <p>When it happened: {formatDateTime(item.entry.happenedAt)}</p>
                  )}
                  {item.entry.mood !== null && (
                    <p>
                      Mood {item.entry.mood} ({MOOD_LABELS[item.entry.mood]})
                    </p>
                  )}
                  <div className="entry-text">{item.entry.text}</div>
                  {item.entry.feelings.length > 0 && (
                    <p>Feelings: {item.entry.feelings.map(name).join(', ')}</p>
                  )}
                  {item.entry.events.length > 0 && (
                    <p>Events: {item.entry.events.map(name).join(', ')}</p>
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
                      Remove this version
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
        {unreadable > 0 && (
          <p className="hint">
            {unreadable === 1
              ? 'One earlier version could not be read; it is kept as it is.'
              : `${unreadable} earlier versions could not be read; they are kept as they are.`}
          </p>
        )}
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
  const questionId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div role="group" aria-labelledby={questionId} className="version-remove">
      <p id={questionId}>
        Remove this earlier version? It was written {formatDateTime(writtenAt)}.
      </p>
      <p>The entry as it is now stays as it is. A removed version cannot be brought back here.</p>
      <button ref={first} type="button" onClick={onKeep}>
        Keep it
      </button>{' '}
      <button type="button" onClick={onRemove}>
        Remove version
      </button>
    </div>
  );
}
