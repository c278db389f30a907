import { useState } from 'react';
import { useKeel } from '../../state/store';
import type { Tag, TagKind } from '../../storage/types';
import { saveFailedMessage } from '../../ui/messages';
import { addTag, updateTag } from './actions';
import { useT } from '../../ui/i18n/i18n';
import { KIND_WORDS } from './TagPicker';
import { Problem } from '../../ui/Problem';

/** Add, rename and hide feelings or events. Hidden ones stay on the entries that have them. */
export function TagManager({ kind }: { kind: TagKind }) {
  const { t } = useT();
  const tags = useKeel((s) => s.tags)
    .filter((tag) => tag.kind === kind)
    .sort((a, b) => a.order - b.order);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const feeling = kind === 'feeling';

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
    if (tags.some((tag) => tag.name.toLowerCase() === trimmed.toLowerCase())) {
      setProblem(t(feeling ? 'tags.feelingExists' : 'tags.eventExists', { name: trimmed }));
      return;
    }
    void run(async () => {
      await addTag(kind, trimmed);
      setName('');
    });
  };

  return (
    <section className="tag-manager" aria-labelledby={`tags-${kind}`}>
      <h2 id={`tags-${kind}`}>{t(KIND_WORDS[kind].label)}</h2>
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
          <span>{t(feeling ? 'tags.newFeeling' : 'tags.newEvent')}</span>
          <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">{t(feeling ? 'tags.addFeeling' : 'tags.addEvent')}</button>
      </form>
      <Problem>{problem}</Problem>
    </section>
  );
}

function TagRow({ tag, onSave }: { tag: Tag; onSave(tag: Tag): void }) {
  const { t } = useT();
  const [name, setName] = useState(tag.name);
  const changed = name.trim() !== '' && name.trim() !== tag.name;
  return (
    <li className={tag.hidden ? 'tag-row hidden-tag' : 'tag-row'}>
      <input
        aria-label={t('tags.nameOf', { name: tag.name })}
        value={name}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
      />
      {changed && (
        <button type="button" onClick={() => onSave({ ...tag, name: name.trim() })}>
          {t('tags.rename')}
        </button>
      )}
      <label className="chip">
        <input
          type="checkbox"
          checked={tag.hidden}
          onChange={(e) => onSave({ ...tag, hidden: e.target.checked })}
        />
        <span>{t('tags.hide')}</span>
      </label>
    </li>
  );
}
