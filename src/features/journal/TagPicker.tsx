import { useId, useMemo, useState } from 'react';
import { useKeel } from '../../state/store';
import type { Tag, TagKind } from '../../storage/types';
import { foldTags, tagUseOf } from './tagUse';

interface Props {
  kind: TagKind;
  selected: string[];
  onChange(selected: string[]): void;
}

export const KIND_LABEL: Record<TagKind, string> = { feeling: 'Feelings', event: 'Events' };
const KIND_WORD: Record<TagKind, string> = { feeling: 'feelings', event: 'events' };

/**
 * Checkboxes for feelings or events; hidden tags show only where already chosen. The ones
 * the person uses most come first; the rest wait behind "Show all".
 */
export function TagPicker({ kind, selected, onChange }: Props) {
  const tags = useKeel((s) => s.tags);
  const entries = useKeel((s) => s.entries);
  const [open, setOpen] = useState(false);
  const restId = useId();
  // Which tags come first is fixed when the picker opens, so a tick never moves a chip.
  const [openedWith] = useState(selected);
  const { first, rest } = useMemo(
    () =>
      foldTags(
        tags.filter((t) => t.kind === kind && (!t.hidden || selected.includes(t.id))),
        tagUseOf(entries),
        openedWith,
      ),
    [tags, kind, selected, entries, openedWith],
  );
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  const chip = (tag: Tag) => (
    <label key={tag.id} className="chip">
      <input
        type="checkbox"
        checked={selected.includes(tag.id)}
        onChange={(event) => toggle(tag.id, event.target.checked)}
      />
      <span>{tag.name}</span>
    </label>
  );

  return (
    <fieldset className="tags">
      <legend>{KIND_LABEL[kind]}</legend>
      {first.map(chip)}
      {!open && rest.filter((t) => selected.includes(t.id)).map(chip)}
      {rest.length > 0 && (
        <>
          <div id={restId} hidden={!open}>
            {open && rest.map(chip)}
          </div>
          <button
            type="button"
            className="link show-all"
            aria-expanded={open}
            aria-controls={restId}
            onClick={() => setOpen(!open)}
          >
            {open ? `Show fewer ${KIND_WORD[kind]}` : `Show all ${KIND_WORD[kind]}`}
          </button>
        </>
      )}
    </fieldset>
  );
}
