import { useId, useMemo, useState } from 'react';
import { useKeel } from '../../state/store';
import type { Tag, TagKind } from '../../storage/types';
import type { MessageKey } from '../../ui/i18n/messages/en';
import { useT } from '../../ui/i18n/i18n';
import { foldTags, tagUseOf } from './tagUse';

interface Props {
  kind: TagKind;
  selected: string[];
  onChange(selected: string[]): void;
}

/** Each kind's words: its heading, and the picker's "Show all" and "Show fewer". */
export const KIND_WORDS: Record<TagKind, Record<'label' | 'all' | 'fewer', MessageKey>> = {
  feeling: {
    label: 'tags.feelings',
    all: 'tags.showAllFeelings',
    fewer: 'tags.showFewerFeelings',
  },
  event: { label: 'tags.events', all: 'tags.showAllEvents', fewer: 'tags.showFewerEvents' },
};

/**
 * Checkboxes for feelings or events; hidden tags show only where already chosen. The ones
 * the person uses most come first; the rest wait behind "Show all".
 */
export function TagPicker({ kind, selected, onChange }: Props) {
  const { t } = useT();
  const tags = useKeel((s) => s.tags);
  const entries = useKeel((s) => s.entries);
  const [open, setOpen] = useState(false);
  const restId = useId();
  // Which tags come first is fixed when the picker opens, so a tick never moves a chip.
  const [openedWith] = useState(selected);
  const { first, rest } = useMemo(
    () =>
      foldTags(
        tags.filter((tag) => tag.kind === kind && (!tag.hidden || selected.includes(tag.id))),
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
      <legend>{t(KIND_WORDS[kind].label)}</legend>
      {first.map(chip)}
      {!open && rest.filter((tag) => selected.includes(tag.id)).map(chip)}
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
            {t(open ? KIND_WORDS[kind].fewer : KIND_WORDS[kind].all)}
          </button>
        </>
      )}
    </fieldset>
  );
}
