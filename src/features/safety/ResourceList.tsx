import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useKeel } from '../../state/store';
import type { Resource } from '../../storage/reflectSafetyTypes';
import { LIMITS } from '../../storage/limits';
import { formatList } from '../../lib/i18n/format';
import { type Translate, useT } from '../../ui/i18n/i18n';
import type { Locale } from '../../lib/i18n/locales';
import type { MessageKey } from '../../ui/i18n/messages/en';
import { useConfirm } from '../../ui/ConfirmDialog';
import { saveFailedMessage } from '../../ui/messages';
import { useLoadOnce } from '../../ui/useLoadOnce';
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
import { Problem } from '../../ui/Problem';

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
  const { t, locale } = useT();
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
  useLoadOnce(loadStoredResources, loaded, setProblem, t('resources.openFailed'));

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
      useKeel.getState().setStatus(t('resources.saved'));
    });

  const remove = async (shown: Resource) => {
    const name = shown.name || t('resources.thisNumber');
    const question = shown.builtin
      ? t('resources.removeStarterQuestion', { name })
      : t('resources.removeQuestion', { name });
    if (!(await ask(question, t('resources.remove'), t('resources.keepIt')))) return;
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
  const groups = groupByCountry(shownList ?? [], country, locale, t('resources.other'));
  const starterIds = new Set(help?.lines.map((l) => l.id));
  const anyRemoved = (stored ?? []).some((r) => r.builtin && r.removed && starterIds.has(r.id));
  const nextOrder = Math.max(0, ...(shownList ?? []).map((r) => r.order)) + 1;
  const damaged = damagedIds.length;

  return (
    <section className="resources" aria-labelledby="resources-heading">
      <h2 id="resources-heading" tabIndex={-1}>
        {t('resources.title')}
      </h2>
      <p>{t('resources.intro')}</p>
      <CountryChoice
        country={country}
        t={t}
        locale={locale}
        onChange={(code) => void run(() => chooseCountry(code))}
      />
      {help?.note && <p className="note">{help.note[locale]}</p>}
      {!help && (
        <p className="note" role="note">
          {t('resources.noList')}
        </p>
      )}
      <p className="note">{t('resources.differ')}</p>
      <p className="note">{t('resources.callLog')}</p>
      <Problem>{problem}</Problem>
      {stored === null && !problem && <p>{t('resources.opening')}</p>}
      {damaged > 0 && (
        <p className="note" role="note">
          {t('resources.damaged', { count: damaged })}
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
                    title={t('resources.editTitle', {
                      name: resource.name || t('resources.number'),
                    })}
                    initial={{ ...resource, country: shownCountry(resource.country, locale) }}
                    placeholder={help ? countryName(country, locale) : ''}
                    onSave={(next) => void save(next)}
                    onCancel={() => setEditing({ kind: 'none' })}
                  />
                </li>
              ) : (
                <li key={resource.id}>
                  <ResourceCard
                    t={t}
                    locale={locale}
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
          title={t('resources.add')}
          initial={blankResource(nextOrder)}
          placeholder={help ? countryName(country, locale) : ''}
          onSave={(next) => void save(next)}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
            {t('resources.add')}
          </button>
          {anyRemoved && help && (
            <button type="button" onClick={() => void restore()}>
              {t('resources.putBack', { country: countryName(country, locale) })}
            </button>
          )}
        </div>
      )}
      {confirmDialog}
    </section>
  );
}

/** A listed country's name for the form's Country field, else the text as stored. */
function shownCountry(country: string, locale: Locale): string {
  const known = knownCountry(country);
  return known ? countryName(known, locale) : country;
}

/** The Country or region choice: the listed countries by name, and "somewhere else". */
interface CountryChoiceProps {
  country: string;
  t: Translate;
  locale: Locale;
  onChange(code: string): void;
}

function CountryChoice({ country, t, locale, onChange }: CountryChoiceProps) {
  const id = useId();
  const options = COUNTRIES.map((c) => ({ code: c.code, name: countryName(c.code, locale) })).sort(
    (a, b) => a.name.localeCompare(b.name, locale),
  );
  return (
    <div className="field country-choice">
      <label htmlFor={id}>
        <span>{t('resources.country')}</span>
      </label>
      <select id={id} value={country} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
        <option value={ELSEWHERE}>{t('resources.elsewhere')}</option>
      </select>
    </div>
  );
}

/** Each field the form edits, with its name and limit (db/limits.ts). */
const FIELD_LIMITS: readonly (readonly [
  'name' | 'country' | 'call' | 'text' | 'textBody' | 'note',
  MessageKey,
  number,
])[] = [
  ['name', 'resources.limit.name', LIMITS.short],
  ['country', 'resources.limit.country', LIMITS.short],
  ['call', 'resources.limit.call', LIMITS.phone],
  ['text', 'resources.limit.text', LIMITS.phone],
  ['textBody', 'resources.limit.textBody', LIMITS.textBody],
  ['note', 'resources.limit.note', LIMITS.short],
];

/** A kind sentence for the first field over its limit, or '' when all fit. */
export function tooLongField(resource: Resource, t: Translate): string {
  for (const [field, label, limit] of FIELD_LIMITS) {
    const over = resource[field].length - limit;
    if (over > 0) {
      return t('resources.tooLong', {
        field: t(label),
        over: t('resources.characters', { count: over }),
        limit: t('resources.characters', { count: limit }),
      });
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
  t: Translate;
  locale: Locale;
  onEdit(): void;
  onRemove(): void;
}

function ResourceCard({ resource, t, locale, onEdit, onRemove }: CardProps) {
  const call = telHref(resource.call);
  const text = smsHref(resource.text, resource.textBody);
  const name = resource.name || t('resources.aNumber');
  const word = resource.textBody.trim();
  return (
    <article className="resource" aria-label={name}>
      <h4>{name}</h4>
      {resource.note && <p>{resource.note}</p>}
      <LineFacts resource={resource} t={t} locale={locale} />
      <div className="actions">
        {call && (
          <a className="button-link" href={call}>
            {t('resources.call', { number: resource.call })}
          </a>
        )}
        {text && (
          <a className="button-link" href={text}>
            {word
              ? t('resources.textWord', { word, number: resource.text })
              : t('resources.text', { number: resource.text })}
          </a>
        )}
        <button type="button" onClick={onEdit} aria-label={t('resources.editName', { name })}>
          {t('resources.edit')}
        </button>
        <button type="button" onClick={onRemove} aria-label={t('resources.removeName', { name })}>
          {t('resources.remove')}
        </button>
      </div>
    </article>
  );
}

/** Hours and languages of a starting number, from the data file, where known. */
function LineFacts({ resource, t, locale }: { resource: Resource; t: Translate; locale: Locale }) {
  const line = resource.builtin ? lineById(resource.id) : undefined;
  if (!line) return null;
  const languages = line.languages.map((code) => languageName(code, locale));
  if (!line.hours && languages.length === 0) return null;
  const parts = [
    line.hours?.[locale] ?? '',
    languages.length ? t('resources.in', { languages: formatList(languages, locale) }) : '',
  ];
  return <p className="hint">{parts.filter(Boolean).join(' · ')}</p>;
}

function languageName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}

interface FormProps {
  title: string;
  placeholder: string;
  initial: Resource;
  onSave(resource: Resource): void;
  onCancel(): void;
}

function ResourceForm({ title, placeholder, initial, onSave, onCancel }: FormProps) {
  const { t } = useT();
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
          setProblem(t('resources.needName'));
          return;
        }
        if (draft.call.trim() === '' && draft.text.trim() === '') {
          setProblem(t('resources.needNumber'));
          return;
        }
        const long = tooLongField(draft, t);
        if (long) {
          setProblem(long);
          return;
        }
        onSave({ ...draft, name: draft.name.trim() });
      }}
    >
      <h4>{title}</h4>
      <label className="field">
        <span>{t('resources.field.name')}</span>
        <input value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('resources.field.country')}</span>
        <input
          value={draft.country}
          placeholder={placeholder}
          onChange={(e) => set({ country: e.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('resources.field.call')}</span>
        <input type="tel" value={draft.call} onChange={(e) => set({ call: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('resources.field.text')}</span>
        <input type="tel" value={draft.text} onChange={(e) => set({ text: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('resources.field.textBody')}</span>
        <input value={draft.textBody} onChange={(e) => set({ textBody: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('resources.field.note')}</span>
        <input value={draft.note} onChange={(e) => set({ note: e.target.value })} />
      </label>
      {problem ? (
        <p role="alert" className="problem">
          {problem}
        </p>
      ) : (
        <p className="note" aria-live="polite">
          {tooLongField(draft, t)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('resources.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('resources.cancel')}
        </button>
      </div>
    </form>
  );
}
