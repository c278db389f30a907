import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useKeel } from '../app/store';
import type { Resource } from '../db/careTypes';
import { characters, LIMITS } from '../db/limits';
import { useConfirm } from '../ui/ConfirmDialog';
import { saveFailedMessage } from '../ui/messages';
import { useLoadOnce } from '../ui/useLoadOnce';
import {
  loadStoredResources,
  removeResource,
  restoreStarters,
  saveResource,
  type StoredResources,
} from './actions';
import { COUNTRIES, countryHelp, lineById } from './countries';
import { chooseCountry, useChosenCountry } from './country';
import { countryName, ELSEWHERE, knownCountry } from './region';
import { groupByCountry, missingStarters, smsHref, telHref } from './resources';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; resource: Resource };

/**
 * Numbers to reach for help: the starting list of the chosen country, and their own. The
 * state holds only what is stored; the country's starters are added when shown, so
 * changing the country never drops an edit or a number of their own.
 */
export function ResourceList() {
  const [stored, setStored] = useState<Resource[] | null>(null);
  const [damagedIds, setDamagedIds] = useState<string[]>([]);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [problem, setProblem] = useState('');
  const [confirmDialog, ask] = useConfirm();
  const country = useChosenCountry();
  const locale = 'en';
  const [now] = useState(() => Date.now());

  const shownList = stored
    ? [...stored, ...missingStarters(stored, now, damagedIds, country, locale)]
    : null;
  // The list as last shown: the question is not modal, so it is read again after the answer.
  const latest = useRef<Resource[] | null>(null);
  useEffect(() => {
    latest.current = shownList;
  });

  const loaded = useCallback((listing: StoredResources) => {
    setStored(listing.stored);
    setDamagedIds(listing.damagedIds);
  }, []);
  useLoadOnce(
    loadStoredResources,
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
    setStored((list) => [...(list ?? []).filter((r) => r.id !== next.id), next]);

  const save = (draft: Resource) =>
    run(async () => {
      const known = knownCountry(draft.country);
      const saved = await saveResource(known ? { ...draft, country: known } : draft);
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
      else setStored((list) => (list ?? []).filter((r) => r.id !== resource.id));
    });
  };

  const restore = () =>
    run(async () => {
      const putBack = await restoreStarters(country, locale);
      const ids = new Set(putBack.map((r) => r.id));
      setStored((list) => (list ?? []).filter((r) => !ids.has(r.id)));
    });

  const help = countryHelp(country);
  const groups = groupByCountry(shownList ?? [], country, locale);
  const starterIds = new Set(help?.lines.map((l) => l.id));
  const anyRemoved = (stored ?? []).some((r) => r.builtin && r.removed && starterIds.has(r.id));
  const nextOrder = Math.max(0, ...(shownList ?? []).map((r) => r.order)) + 1;
  const damaged = damagedIds.length;

  return (
    <section className="resources" aria-labelledby="resources-heading">
      <h2 id="resources-heading" tabIndex={-1}>
        Resources
      </h2>
      <p>
        People at these services listen, believe you, and can help you think through what to do. You
        do not need to be sure of anything to call.
      </p>
      <CountryChoice country={country} onChange={(code) => void run(() => chooseCountry(code))} />
      {help?.note && <p className="note">{help.note[locale]}</p>}
      {!help && (
        <p className="note" role="note">
          Keel has no starting list for where you are yet. Local help is often listed by your health
          service, a doctor or clinic, or a women’s or community organisation; the emergency number
          on any phone’s emergency call screen works without unlocking it. You can add any numbers
          you find here, and they stay on this device.
        </p>
      )}
      <p className="note">
        Numbers differ from country to country. Add the numbers for where you are, and remove any
        you do not need: your changes are kept when you change the country.
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
      {stored === null && !problem && <p>Opening…</p>}
      {damaged > 0 && (
        <p className="note" role="note">
          {damaged === 1
            ? 'One of your saved numbers could not be opened; it may have been damaged on this device. It is kept exactly as it was.'
            : `${damaged} of your saved numbers could not be opened; they may have been damaged on this device. They are kept exactly as they were.`}
        </p>
      )}

      {groups.map(([label, list]) => (
        <section key={label} aria-label={label} className="country">
          <h3>{label}</h3>
          <ul className="resource-list">
            {list.map((resource) =>
              editing.kind === 'edit' && editing.resource.id === resource.id ? (
                <li key={resource.id}>
                  <ResourceForm
                    title={`Edit ${resource.name || 'number'}`}
                    initial={{ ...resource, country: shownCountry(resource.country) }}
                    placeholder={help ? countryName(country, locale) : ''}
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
          placeholder={help ? countryName(country, locale) : ''}
          onSave={(next) => void save(next)}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
            Add a number
          </button>
          {anyRemoved && help && (
            <button type="button" onClick={() => void restore()}>
              {`Put back the ${countryName(country, locale)} list`}
            </button>
          )}
        </div>
      )}
      {confirmDialog}
    </section>
  );
}

/** A listed country's name for the form's Country field, else the text as stored. */
function shownCountry(country: string): string {
  const known = knownCountry(country);
  return known ? countryName(known, 'en') : country;
}

/** The Country or region choice: the listed countries by name, and "somewhere else". */
function CountryChoice({ country, onChange }: { country: string; onChange(code: string): void }) {
  const id = useId();
  const locale = 'en';
  const options = COUNTRIES.map((c) => ({ code: c.code, name: countryName(c.code, locale) })).sort(
    (a, b) => a.name.localeCompare(b.name, locale),
  );
  return (
    <div className="field country-choice">
      <label htmlFor={id}>
        <span>Country or region</span>
      </label>
      <select id={id} value={country} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
        <option value={ELSEWHERE}>Somewhere else</option>
      </select>
    </div>
  );
}

/** Each field the form edits, with its name and limit (db/limits.ts). */
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
      <LineFacts resource={resource} />
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

/** Hours and languages of a starting number, from the data file, where known. */
function LineFacts({ resource }: { resource: Resource }) {
  const line = resource.builtin ? lineById(resource.id) : undefined;
  if (!line) return null;
  const locale = 'en';
  const languages = line.languages.map((code) => languageName(code, locale));
  if (!line.hours && languages.length === 0) return null;
  return (
    <p className="hint">
      {[line.hours?.[locale], languages.length ? `In ${listFormat(languages, locale)}` : '']
        .filter(Boolean)
        .join(' · ')}
    </p>
  );
}

function languageName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}

function listFormat(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

interface FormProps {
  title: string;
  placeholder: string;
  initial: Resource;
  onSave(resource: Resource): void;
  onCancel(): void;
}

function ResourceForm({ title, initial, placeholder, onSave, onCancel }: FormProps) {
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
          placeholder={placeholder}
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
