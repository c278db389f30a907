import { memo } from 'react';
import { type Filters, NO_FILTERS } from '../../state/store';
import type { Tag, TagKind } from '../../storage/types';
import { MOODS } from '../../storage/types';
import { hasFilters } from './filter';
import { useT } from '../../ui/i18n/i18n';

interface Props {
  filters: Filters;
  tags: readonly Tag[];
  onChange(filters: Filters): void;
}

function toggled(list: string[], id: string, on: boolean): string[] {
  return on ? [...list, id] : list.filter((x) => x !== id);
}

/** Narrow the list by feeling, event, mood and date range (memoised: typing skips it). */
export const EntryFilters = memo(FilterControls);

function FilterControls({ filters, tags, onChange }: Props) {
  const { t } = useT('first');
  const group = (kind: TagKind, field: 'feelings' | 'events', legend: string) => (
    <fieldset className="tags">
      <legend>{legend}</legend>
      {/* Hidden ones too (last): older entries may carry them. */}
      {tags
        .filter((tag) => tag.kind === kind)
        .sort((a, b) => Number(a.hidden) - Number(b.hidden) || a.order - b.order)
        .map((tag) => (
          <label key={tag.id} className="chip">
            <input
              type="checkbox"
              checked={filters[field].includes(tag.id)}
              onChange={(e) =>
                onChange({ ...filters, [field]: toggled(filters[field], tag.id, e.target.checked) })
              }
            />
            <span>{tag.hidden ? t('filters.hidden', { name: tag.name }) : tag.name}</span>
          </label>
        ))}
    </fieldset>
  );

  return (
    <details className="filters" open={hasFilters(filters) || undefined}>
      <summary>{hasFilters(filters) ? t('filters.summaryOn') : t('filters.summary')}</summary>
      <fieldset className="tags">
        <legend>{t('filters.moodIs')}</legend>
        {MOODS.map((mood) => (
          <label key={mood} className="chip">
            <input
              type="checkbox"
              checked={filters.moods.includes(mood)}
              onChange={(e) =>
                onChange({
                  ...filters,
                  moods: e.target.checked
                    ? [...filters.moods, mood]
                    : filters.moods.filter((m) => m !== mood),
                })
              }
            />
            <span>{t('filters.mood', { mood: String(mood), label: t(`mood.${mood}`) })}</span>
          </label>
        ))}
      </fieldset>
      {group('feeling', 'feelings', t('tags.feelings'))}
      {group('event', 'events', t('tags.events'))}
      <div className="range">
        <label className="field">
          <span>{t('filters.from')}</span>
          <input
            type="date"
            value={filters.from}
            onChange={(e) => onChange({ ...filters, from: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('filters.to')}</span>
          <input
            type="date"
            value={filters.to}
            onChange={(e) => onChange({ ...filters, to: e.target.value })}
          />
        </label>
      </div>
      {hasFilters(filters) && (
        <button type="button" onClick={() => onChange(NO_FILTERS)}>
          {t('filters.clear')}
        </button>
      )}
    </details>
  );
}
