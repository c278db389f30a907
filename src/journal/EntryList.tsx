import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useRef } from 'react';
import type { Entry, Tag } from '../db/types';
import { formatDateTime } from './dates';
import { MOOD_LABELS } from './moodLabels';

interface Props {
  entries: readonly Entry[];
  tagsById: ReadonlyMap<string, Tag>;
  onOpen(id: string): void;
}

function preview(text: string): string {
  const line = text.trim().split('\n', 1)[0] ?? '';
  return line.length > 140 ? `${line.slice(0, 140)}…` : line || '(no words)';
}

/**
 * The entries, newest first, virtualised so 100,000 stay smooth. Memoised: a keystroke in
 * the search box re-renders the journal, not the list, until the results change.
 */
export const EntryList = memo(EntryRows);

function EntryRows({ entries, tagsById, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // Stable while the list is: the virtualiser re-measures every row when this changes.
  const getItemKey = useCallback((index: number) => entries[index]?.id ?? index, [entries]);
  // We use no React Compiler; the virtualiser manages its own re-renders.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey,
  });

  return (
    <div ref={scroller} className="entry-list" aria-label="Entries" role="region" tabIndex={-1}>
      <ul role="list" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          const names = [...entry.feelings, ...entry.events]
            .map((id) => tagsById.get(id)?.name)
            .filter(Boolean)
            .join(', ');
          return (
            <li
              key={item.key}
              ref={virtual.measureElement}
              data-index={item.index}
              aria-setsize={entries.length}
              aria-posinset={item.index + 1}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${item.start}px)`,
              }}
            >
              <button type="button" className="entry-row" onClick={() => onOpen(entry.id)}>
                <span className="entry-when">
                  {formatDateTime(entry.happenedAt)}
                  {entry.mood !== null && (
                    <span className={`mood-dot mood-${entry.mood}`}>
                      {' '}
                      · Mood {entry.mood} ({MOOD_LABELS[entry.mood]})
                    </span>
                  )}
                </span>
                <span className="entry-preview">{preview(entry.text)}</span>
                {names && <span className="entry-tags">{names}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
