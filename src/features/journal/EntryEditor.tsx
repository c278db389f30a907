import { useEffect, useId, useRef, useState } from 'react';
import { useKeel } from '../../state/store';
import { type Draft, MOODS, type Mood } from '../../storage/types';
import { useConfirm } from '../../ui/ConfirmDialog';
import { draftFailedMessage, saveFailedMessage } from '../../ui/messages';
import { commitDraft, discardDraft } from './actions';
import { flushDraftSave, onAutosave, scheduleDraftSave } from './autosave';
import { type SaveConflict, SaveConflictError } from './conflict';
import { SaveConflictNotice } from './SaveConflict';
import { useT } from '../../ui/i18n/i18n';
import { TagPicker } from './TagPicker';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { LazyAttachmentsField } from './attachments/lazy';
import { HarmFields } from './history/HarmFields';
import { Problem } from '../../ui/Problem';

interface Props {
  draftId: string;
  onDone(entryId: string | null): void;
}

/** Writes or edits one entry. Every change is autosaved as an encrypted draft. */
export function EntryEditor({ draftId, onDone }: Props) {
  const { t } = useT();
  const stored = useKeel((s) => s.drafts.get(draftId));
  const key = useKeel((s) => s.key);
  const [draft, setDraft] = useState<Draft | undefined>(stored);
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // The draft as last changed: attachments are added after an await, from an older render.
  const latest = useRef(draft);
  const [form, setForm] = useState<HTMLFormElement | null>(null);
  const moodName = useId();
  const [confirmDialog, ask] = useConfirm();

  useEffect(() => textRef.current?.focus(), []);
  useEffect(
    () =>
      onAutosave((result) => {
        setProblem(result.ok ? '' : draftFailedMessage(result.error));
      }),
    [],
  );

  if (!draft || !key) return <p>{t('editor.gone')}</p>;

  const change = (patch: Partial<Draft>) => {
    const next = { ...(latest.current ?? draft), ...patch, updatedAt: Date.now() };
    latest.current = next;
    setDraft(next);
    useKeel.getState().putDraft(next);
    scheduleDraftSave(key, next);
  };

  const save = async () => {
    setSaving(true);
    try {
      await flushDraftSave();
      const entry = await commitDraft(draft);
      useKeel.getState().setStatus(t('editor.saved'));
      onDone(entry.id);
    } catch (error) {
      if (error instanceof SaveConflictError) setConflict(error.conflict);
      else setProblem(saveFailedMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const discard = async () => {
    const sure = draft.entryId
      ? await ask(t('editor.stopQuestion'), t('editor.stop'), t('editor.keepEditing'))
      : await ask(t('editor.throwAwayQuestion'), t('editor.throwAway'), t('editor.keepWriting'));
    if (!sure) return;
    try {
      await discardDraft(draft.id);
      onDone(draft.entryId);
    } catch (error) {
      setProblem(saveFailedMessage(error));
    }
  };

  return (
    <form
      ref={setForm}
      className="editor"
      aria-label={draft.entryId ? t('editor.editEntry') : t('editor.newEntry')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field when">
        <span>{t('editor.when')}</span>
        <input
          type="datetime-local"
          value={toLocalInput(draft.happenedAt)}
          onChange={(event) => {
            const time = fromLocalInput(event.target.value);
            if (time !== null) change({ happenedAt: time });
          }}
        />
      </label>
      {draft.prompt !== undefined && (
        <p className="prompt" data-testid="entry-prompt">
          {draft.prompt}
        </p>
      )}
      <label className="field">
        <span>{t('editor.text')}</span>
        <textarea
          ref={textRef}
          aria-label={t('editor.text')}
          value={draft.text}
          rows={10}
          onChange={(event) => change({ text: event.target.value })}
        />
      </label>

      <fieldset className="mood" role="radiogroup" aria-label={t('editor.mood')}>
        <legend>{t('editor.mood')}</legend>
        {MOODS.map((mood: Mood) => (
          <label key={mood} className="mood-option">
            <input
              type="radio"
              name={moodName}
              value={mood}
              checked={draft.mood === mood}
              onChange={() => change({ mood })}
            />
            <span>
              {mood} <small>{t(`mood.${mood}`)}</small>
            </span>
          </label>
        ))}
        {draft.mood !== null && (
          <button type="button" className="link" onClick={() => change({ mood: null })}>
            {t('editor.clearMood')}
          </button>
        )}
      </fieldset>

      <TagPicker
        kind="feeling"
        selected={draft.feelings}
        onChange={(feelings) => change({ feelings })}
      />
      <TagPicker kind="event" selected={draft.events} onChange={(events) => change({ events })} />
      <LazyAttachmentsField
        ids={draft.attachments ?? []}
        current={() => latest.current ?? draft}
        change={change}
        form={form}
      />
      <HarmFields harm={draft.harm} onChange={(harm) => change({ harm })} />

      <SaveConflictNotice
        draft={draft}
        conflict={conflict}
        onChange={setConflict}
        onSaved={(entry) => {
          useKeel.getState().setStatus(t('editor.saved'));
          onDone(entry.id);
        }}
      />
      {/* Stays on screen while writing (app.css): Save, and any problem, always in view. */}
      <div className="actions editor-actions">
        <Problem>{problem}</Problem>
        <button type="submit" className="primary" disabled={saving}>
          {t('editor.save')}
        </button>
        <button type="button" onClick={() => void discard()}>
          {draft.entryId ? t('editor.cancelEdit') : t('editor.discard')}
        </button>
      </div>
      <p className="hint">{t('editor.hint')}</p>
      {confirmDialog}
    </form>
  );
}
