import { useMemo } from 'react';
import { useKeel } from '../app/store';
import type { TagKind } from '../db/types';

interface Props {
  kind: TagKind;
  selected: string[];
  onChange(selected: string[]): void;
}

export const KIND_LABEL: Record<TagKind, string> = { feeling: 'Feelings', event: 'Events' };

/** Checkboxes for feelings or events; hidden tags show only where already chosen. */
export function TagPicker({ kind, selected, onChange }: Props) {
  const tags = useKeel((s) => s.tags);
  const shown = useMemo(
    () =>
      tags
        .filter((t) => t.kind === kind && (!t.hidden || selected.includes(t.id)))
        .sort((a, b) => a.order - b.order),
    [tags, kind, selected],
  );
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((s) => s !== id));

  return (
    <fieldset className="tags">
      <legend>{KIND_LABEL[kind]}</legend>
      {shown.map((tag) => (
        <label key={tag.id} className="chip">
          <input
            type="checkbox"
            checked={selected.includes(tag.id)}
            onChange={(event) => toggle(tag.id, event.target.checked)}
          />
          <span>{tag.name}</span>
        </label>
      ))}
    </fieldset>
  );
}
