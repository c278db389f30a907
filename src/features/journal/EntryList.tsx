import { memo, useMemo, useRef } from 'react';
import { useKeel } from '../../state/store';
import type { Entry, Tag } from '../../storage/types';
import { formatDateTime } from '../../lib/dates';
import { type Translate, useT } from '../../ui/i18n/i18n';
import type { FirstKey } from '../../ui/i18n/messages/en';
import { entriesWithUnsavedEdits } from './unsaved';
import { useVirtualRows } from './virtualRows';
import { LazyListThumb } from './attachments/lazy';

interface Props {
  entries: readonly Entry[];
  tagsById: ReadonlyMap<string, Tag>;
  onOpen(id: string): void;
}

function preview(text: string, t: Translate<FirstKey>): string {
  const line = text.trim().split('\n', 1)[0] ?? '';
  return line.length > 140 ? `${line.slice(0, 140)}…` : line || t('list.noWords');
}

const entryKey = (entry: Entry) => entry.id;

/**
 * The entries, newest first, virtualised so 100,000 stay smooth. Memoised: a keystroke in
 * the search box re-renders the journal, not the list, until the results change.
 */
export const EntryList = memo(EntryRows);

function EntryRows({ entries, tagsById, onOpen }: Props) {
  const { t, locale } = useT('first');
  const scroller = useRef<HTMLDivElement>(null);
  const drafts = useKeel((s) => s.drafts);
  const all = useKeel((s) => s.entries);
  const unsaved = useMemo(() => entriesWithUnsavedEdits(drafts, all), [drafts, all]);
  const { rows, total, measure } = useVirtualRows({
    scroller,
    items: entries,
    keyOf: entryKey,
    estimate: 96,
    overscan: 6,
  });

  return (
    <div
      ref={scroller}
      className="entry-list"
      aria-label={t('list.label')}
      role="region"
      tabIndex={-1}
    >
      <ul role="list" style={{ height: total, position: 'relative' }}>
        {rows.map(({ item: entry, index, key, start }) => {
          const names = [...entry.feelings, ...entry.events]
            .map((id) => tagsById.get(id)?.name)
            .filter(Boolean)
            .join(', ');
          return (
            <li
              key={key}
              ref={measure}
              data-index={index}
              aria-setsize={entries.length}
              aria-posinset={index + 1}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${start}px)`,
              }}
            >
              <button type="button" className="entry-row" onClick={() => onOpen(entry.id)}>
                <span className="entry-when">
                  {formatDateTime(entry.happenedAt, locale)}
                  {entry.mood !== null && (
                    <span className={`mood-dot mood-${entry.mood}`}>
                      {t('list.mood', {
                        mood: String(entry.mood),
                        label: t(`mood.${entry.mood}`),
                      })}
                    </span>
                  )}
                </span>
                {unsaved.has(entry.id) && (
                  <span className="entry-unsaved">{t('list.unsaved')}</span>
                )}
                <span className="entry-preview">{preview(entry.text, t)}</span>
                {names && <span className="entry-tags">{names}</span>}
                <LazyListThumb ids={entry.attachments} />
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
