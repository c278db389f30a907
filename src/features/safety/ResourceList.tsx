import { useCallback, useEffect, useRef, useState } from 'react';
import { useKeel } from '../../state/store';
import type { Resource } from '../../storage/reflectSafetyTypes';
import { characters, LIMITS } from '../../storage/limits';
import { useConfirm } from '../../ui/ConfirmDialog';
import { saveFailedMessage } from '../../ui/messages';
import { useLoadOnce } from '../../ui/useLoadOnce';
import {
  loadResourceList,
  removeResource,
  type ResourceListing,
  restoreStarters,
  saveResource,
} from './actions';
import { groupByCountry, smsHref, telHref, US } from './resources';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; resource: Resource };

/** Numbers to reach for help: a starting list for the United States, and their own. */
export function ResourceList() {
  const [resources, setResources] = useState<Resource[] | null>(null);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [problem, setProblem] = useState('');
  const [damaged, setDamaged] = useState(0);
  const [confirmDialog, ask] = useConfirm();
  // The list as last shown: the question is not modal, so it is read again after the answer.
  const latest = useRef<Resource[] | null>(null);
  useEffect(() => {
    latest.current = resources;
  }, [resources]);

  const loaded = useCallback((listing: ResourceListing) => {
    setResources(listing.resources);
    setDamaged(listing.damaged);
  }, []);
  useLoadOnce(
    loadResourceList,
    loaded,
    setProblem,
    'Your saved numbers could not be opened just now.',
  );

  const run = async (work: () => Promise<void>) => {
    try {
      setProblem('');
      await work();
    } catch (error) {
      setProblem(saveFailedMessage(error));
    }
  };

  const replace = (next: Resource) =>
    setResources((list) => [...(list ?? []).filter((r) => r.id !== next.id), next]);

  const save = (draft: Resource) =>
    run(async () => {
      const saved = await saveResource(draft);
      replace(saved);
      setEditing({ kind: 'none' });
      useKeel.getState().setStatus('Saved');
    });

  const remove = async (shown: Resource) => {
    const question = shown.builtin
      ? `Remove ${shown.name || 'this number'} from your list? You can put it back later.`
      : `Remove ${shown.name || 'this number'} from your list?`;
    if (!(await ask(question, 'Remove', 'Keep it'))) return;
    const resource = latest.current?.find((r) => r.id === shown.id);
    if (!resource) return;
    await run(async () => {
      await removeResource(resource);
      if (resource.builtin) replace({ ...resource, removed: true });
      else setResources((list) => (list ?? []).filter((r) => r.id !== resource.id));
    });
  };

  const restore = () =>
    run(async () => {
      const putBack = await restoreStarters();
      const ids = new Set(putBack.map((r) => r.id));
      setResources((list) => [...(list ?? []).filter((r) => !ids.has(r.id)), ...putBack]);
    });

  const groups = groupByCountry(resources ?? []);
  const anyRemoved = (resources ?? []).some((r) => r.builtin && r.removed);
  const nextOrder = Math.max(0, ...(resources ?? []).map((r) => r.order)) + 1;

  return (
    <section className="resources" aria-labelledby="resources-heading">
      <h2 id="resources-heading" tabIndex={-1}>
        Resources
      </h2>
      <p>
        People at these services listen, believe you, and can help you think through what to do. You
        do not need to be sure of anything to call.
      </p>
      <p className="note">
        Numbers differ from country to country. The starting list here is for the United States; if
        you live somewhere else, add the numbers for where you are, and remove any you do not need.
      </p>
      <p className="note">
        Calls and texts can show up in your phone’s call log, message history and bill. If someone
        may check those, a friend’s phone, a work phone or a public phone may be safer, and you can
        delete the call or message afterwards.
      </p>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      {resources === null && !problem && <p>Opening…</p>}
      {damaged > 0 && (
        <p className="note" role="note">
          {damaged === 1
            ? 'One of your saved numbers could not be opened; it may have been damaged on this device. It is kept exactly as it was.'
            : `${damaged} of your saved numbers could not be opened; they may have been damaged on this device. They are kept exactly as they were.`}
        </p>
      )}

      {groups.map(([country, list]) => (
        <section key={country} aria-label={country} className="country">
          <h3>{country}</h3>
          <ul className="resource-list">
            {list.map((resource) =>
              editing.kind === 'edit' && editing.resource.id === resource.id ? (
                <li key={resource.id}>
                  <ResourceForm
                    title={`Edit ${resource.name || 'number'}`}
                    initial={resource}
                    onSave={(next) => void save(next)}
                    onCancel={() => setEditing({ kind: 'none' })}
                  />
                </li>
              ) : (
                <li key={resource.id}>
                  <ResourceCard
                    resource={resource}
                    onEdit={() => setEditing({ kind: 'edit', resource })}
                    onRemove={() => void remove(resource)}
                  />
                </li>
              ),
            )}
          </ul>
        </section>
      ))}

      {editing.kind === 'new' ? (
        <ResourceForm
          title="Add a number"
          initial={blankResource(nextOrder)}
          onSave={(next) => void save(next)}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
            Add a number
          </button>
          {anyRemoved && (
            <button type="button" onClick={() => void restore()}>
              Put back the United States list
            </button>
          )}
        </div>
      )}
      {confirmDialog}
    </section>
  );
}

/** Each field the form edits, with its name and limit (storage/limits.ts). */
const FIELD_LIMITS = [
  ['name', 'The name', LIMITS.short],
  ['country', 'The country', LIMITS.short],
  ['call', 'The number to call', LIMITS.phone],
  ['text', 'The number to text', LIMITS.phone],
  ['textBody', 'The word to text', LIMITS.textBody],
  ['note', 'The note', LIMITS.short],
] as const;

/** A kind sentence for the first field over its limit, or '' when all fit. */
export function tooLongField(resource: Resource): string {
  for (const [field, label, limit] of FIELD_LIMITS) {
    const over = resource[field].length - limit;
    if (over > 0) {
      return `${label} is ${characters(over)} longer than Keel can keep (${characters(limit)}). Everything you typed is still here; shorten it, and save again.`;
    }
  }
  return '';
}

function blankResource(order: number): Resource {
  const now = Date.now();
  return {
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    country: '',
    name: '',
    call: '',
    text: '',
    textBody: '',
    note: '',
    order,
    builtin: false,
    removed: false,
  };
}

interface CardProps {
  resource: Resource;
  onEdit(): void;
  onRemove(): void;
}

function ResourceCard({ resource, onEdit, onRemove }: CardProps) {
  const call = telHref(resource.call);
  const text = smsHref(resource.text, resource.textBody);
  const name = resource.name || 'A number';
  return (
    <article className="resource" aria-label={name}>
      <h4>{name}</h4>
      {resource.note && <p>{resource.note}</p>}
      <div className="actions">
        {call && (
          <a className="button-link" href={call}>
            Call {resource.call}
          </a>
        )}
        {text && (
          <a className="button-link" href={text}>
            {resource.textBody.trim()
              ? `Text ${resource.textBody.trim()} to ${resource.text}`
              : `Text ${resource.text}`}
          </a>
        )}
        <button type="button" onClick={onEdit} aria-label={`Edit ${name}`}>
          Edit
        </button>
        <button type="button" onClick={onRemove} aria-label={`Remove ${name}`}>
          Remove
        </button>
      </div>
    </article>
  );
}

interface FormProps {
  title: string;
  initial: Resource;
  onSave(resource: Resource): void;
  onCancel(): void;
}

function ResourceForm({ title, initial, onSave, onCancel }: FormProps) {
  const [draft, setDraft] = useState<Resource>(initial);
  const [problem, setProblem] = useState('');
  const set = (patch: Partial<Resource>) => setDraft({ ...draft, ...patch });
  return (
    <form
      className="resource-form"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.name.trim() === '') {
          setProblem('Please give it a name, so you can find it again.');
          return;
        }
        if (draft.call.trim() === '' && draft.text.trim() === '') {
          setProblem('Please add a number to call or to text.');
          return;
        }
        const long = tooLongField(draft);
        if (long) {
          setProblem(long);
          return;
        }
        onSave({ ...draft, name: draft.name.trim() });
      }}
    >
      <h4>{title}</h4>
      <label className="field">
        <span>Name</span>
        <input value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      </label>
      <label className="field">
        <span>Country</span>
        <input
          value={draft.country}
          placeholder={US}
          onChange={(e) => set({ country: e.target.value })}
        />
      </label>
      <label className="field">
        <span>Number to call</span>
        <input type="tel" value={draft.call} onChange={(e) => set({ call: e.target.value })} />
      </label>
      <label className="field">
        <span>Number to text</span>
        <input type="tel" value={draft.text} onChange={(e) => set({ text: e.target.value })} />
      </label>
      <label className="field">
        <span>Word to text, if they ask for one</span>
        <input value={draft.textBody} onChange={(e) => set({ textBody: e.target.value })} />
      </label>
      <label className="field">
        <span>Note</span>
        <input value={draft.note} onChange={(e) => set({ note: e.target.value })} />
      </label>
      {problem ? (
        <p role="alert" className="problem">
          {problem}
        </p>
      ) : (
        <p className="note" aria-live="polite">
          {tooLongField(draft)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Save number
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
