import { useState } from 'react';
import { useKeel } from '../../state/store';
import type { Tag, TagKind } from '../../storage/types';
import { saveFailedMessage } from '../../ui/messages';
import { addTag, updateTag } from './actions';
import { KIND_LABEL } from './TagPicker';
import { Problem } from '../../ui/Problem';

/** Add, rename and hide feelings or events. Hidden ones stay on the entries that have them. */
export function TagManager({ kind }: { kind: TagKind }) {
  const tags = useKeel((s) => s.tags)
    .filter((t) => t.kind === kind)
    .sort((a, b) => a.order - b.order);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const singular = kind === 'feeling' ? 'feeling' : 'event';

  const run = async (work: () => Promise<unknown>) => {
    try {
      setProblem('');
      await work();
    } catch (error) {
      setProblem(saveFailedMessage(error));
    }
  };

  const add = () => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    if (tags.some((t) => t.name.toLowerCase() === trimmed.toLowerCase())) {
      setProblem(`There is already a ${singular} called “${trimmed}”.`);
      return;
    }
    void run(async () => {
      await addTag(kind, trimmed);
      setName('');
    });
  };

  return (
    <section className="tag-manager" aria-labelledby={`tags-${kind}`}>
      <h2 id={`tags-${kind}`}>{KIND_LABEL[kind]}</h2>
      <ul>
        {tags.map((tag) => (
          <TagRow key={tag.id} tag={tag} onSave={(next) => void run(() => updateTag(next))} />
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label className="field">
          <span>New {singular}</span>
          <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">Add {singular}</button>
      </form>
      <Problem>{problem}</Problem>
    </section>
  );
}

function TagRow({ tag, onSave }: { tag: Tag; onSave(tag: Tag): void }) {
  const [name, setName] = useState(tag.name);
  const changed = name.trim() !== '' && name.trim() !== tag.name;
  return (
    <li className={tag.hidden ? 'tag-row hidden-tag' : 'tag-row'}>
      <input
        aria-label={`Name of “${tag.name}”`}
        value={name}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
      />
      {changed && (
        <button type="button" onClick={() => onSave({ ...tag, name: name.trim() })}>
          Rename
        </button>
      )}
      <label className="chip">
        <input
          type="checkbox"
          checked={tag.hidden}
          onChange={(e) => onSave({ ...tag, hidden: e.target.checked })}
        />
        <span>Hide from pickers</span>
      </label>
    </li>
  );
}
