import { useEffect, useRef, useState } from 'react';
import { useKeel } from '../../../state/store';
import type { Draft } from '../../../storage/types';
import { addImage, isImageFile } from './add';
import type { Attachment } from '../../../storage/attachmentCodec';
import { MEDIA_LIMITS } from '../../../lib/mediaLimits';
import { useT } from '../../../ui/i18n/i18n';
import { formatDuration, useObjectUrl, VoiceView } from './MediaView';
import { addProblemText, sizeText } from './words';
import { saveAttachment } from '../../../storage/attachmentRepo';
import { useAttachments } from './useAttachments';
import { VoiceRecorder } from './VoiceRecorder';
import './attachments.css';
import { Problem } from '../../../ui/Problem';

interface Props {
  /** The attachments the draft lists. */
  ids: readonly string[];
  /** The draft as it is now (the editor's latest, not a render's copy). */
  current(): Draft;
  change(patch: Partial<Draft>): void;
  /** The editor form: files pasted into it or dropped on it are added here. */
  form: HTMLFormElement | null;
}

function Thumb({ meta }: { meta: Attachment }) {
  const { url } = useObjectUrl(meta, meta.thumb ? 'thumb' : 'original');
  return url ? <img className="attachment-thumb" src={url} alt="" /> : null;
}

function DescriptionField({ meta, cryptoKey }: { meta: Attachment; cryptoKey: CryptoKey }) {
  const { t } = useT();
  const [text, setText] = useState(meta.description);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(meta);
  const save = (value: string) => {
    window.clearTimeout(timer.current);
    if (value === latest.current.description) return;
    latest.current = { ...latest.current, description: value, updatedAt: Date.now() };
    void saveAttachment(cryptoKey, latest.current).catch(() => undefined);
  };
  return (
    <label className="field">
      <span>{meta.kind === 'image' ? t('media.describePhoto') : t('media.describeVoice')}</span>
      <input
        type="text"
        value={text}
        maxLength={2000}
        onChange={(event) => {
          const value = event.target.value;
          setText(value);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => save(value), 600);
        }}
        onBlur={() => save(text)}
      />
    </label>
  );
}

/** The editor's photos, screenshots and voice notes: add, describe, remove with Undo. */
export default function AttachmentsField({ ids, current, change, form }: Props) {
  const { t, locale } = useT();
  const key = useKeel((s) => s.key);
  const { list } = useAttachments(key, ids);
  const [added, setAdded] = useState<ReadonlyMap<string, Attachment>>(new Map());
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(0);
  const [removed, setRemoved] = useState<string | null>(null);

  const attach = (meta: Attachment) => {
    setAdded((before) => new Map(before).set(meta.id, meta));
    const draft = current();
    change({ attachments: [...(draft.attachments ?? []), meta.id] });
  };

  const addFiles = async (files: readonly File[]) => {
    if (!key) return;
    setProblem('');
    for (const file of files) {
      setBusy((n) => n + 1);
      try {
        attach(await addImage(key, file, (current().attachments ?? []).length));
      } catch (error) {
        setProblem(addProblemText(t, locale, error, 'media.addFailed'));
      } finally {
        setBusy((n) => n - 1);
      }
    }
  };
  const addRef = useRef(addFiles);
  useEffect(() => {
    addRef.current = addFiles;
  });

  useEffect(() => {
    if (!form) return;
    const images = (list: FileList | undefined | null) => [...(list ?? [])].filter(isImageFile);
    const paste = (event: ClipboardEvent) => {
      const files = images(event.clipboardData?.files);
      if (files.length === 0) return;
      event.preventDefault();
      void addRef.current(files);
    };
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const files = images(event.dataTransfer?.files);
      if (files.length === 0) return;
      event.preventDefault();
      void addRef.current(files);
    };
    form.addEventListener('paste', paste);
    form.addEventListener('dragover', over);
    form.addEventListener('drop', drop);
    return () => {
      form.removeEventListener('paste', paste);
      form.removeEventListener('dragover', over);
      form.removeEventListener('drop', drop);
    };
  }, [form]);

  if (!key) return null;

  const remove = (id: string) => {
    const draft = current();
    change({
      attachments: (draft.attachments ?? []).filter((x) => x !== id),
      removedAttachments: [...(draft.removedAttachments ?? []), id],
    });
    setRemoved(id);
  };
  const undo = () => {
    if (!removed) return;
    const draft = current();
    change({
      attachments: [...(draft.attachments ?? []), removed],
      removedAttachments: (draft.removedAttachments ?? []).filter((x) => x !== removed),
    });
    setRemoved(null);
  };

  return (
    <fieldset className="attachments">
      <legend>{t('media.legend')}</legend>
      <ul className="attachment-list">
        {ids.map((id) => {
          const meta = added.get(id) ?? list.get(id);
          if (!meta) return null;
          return (
            <li key={id} className="attachment">
              {meta.kind === 'image' ? (
                <Thumb meta={meta} />
              ) : (
                <>
                  <VoiceView meta={meta} />
                  {meta.durationMs !== undefined && <span>{formatDuration(meta.durationMs)}</span>}
                </>
              )}
              <DescriptionField meta={meta} cryptoKey={key} />
              {meta.hasLocation && (
                <p className="media-location" role="note">
                  {t('media.location')}
                </p>
              )}
              <button type="button" onClick={() => remove(id)}>
                {meta.kind === 'image' ? t('media.removePhoto') : t('media.removeVoice')}
              </button>
            </li>
          );
        })}
      </ul>
      {removed && (
        <p role="status" className="attachment-removed">
          {t('media.removed')}{' '}
          <button type="button" className="link" onClick={undo}>
            {t('media.undo')}
          </button>
        </p>
      )}
      <label className="field file-field">
        <span>{t('media.addPhoto')}</span>
        <input
          type="file"
          accept="image/*"
          multiple
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void addFiles(files);
          }}
        />
      </label>
      <p className="hint">
        {t('media.photoHint', { size: sizeText(t, locale, MEDIA_LIMITS.photoBytes) })}
      </p>
      {busy > 0 && <p role="status">{t('media.sealing')}</p>}
      <Problem>{problem}</Problem>
      <VoiceRecorder cryptoKey={key} inEntry={ids.length} onAdded={attach} onProblem={setProblem} />
    </fieldset>
  );
}
