import { useState } from 'react';
import { useKeel, whenJournalLoaded } from '../../state/store';
import { datedName, downloadBlob } from './download';
import { useT } from '../../ui/i18n/i18n';
import { PART, withPart } from '../../ui/withPart';

type Kind = 'md' | 'json' | 'csv';

const TYPES: Record<Kind, string> = {
  md: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

/** The formats' own names, the same in every language. */
const FORMATS: Record<Kind, string> = { md: 'Markdown', json: 'JSON', csv: 'CSV' };

/** Markdown, JSON and CSV of entries, behind a plain warning that they are not encrypted. */
export function ReadableExport() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');
  const [originals, setOriginals] = useState(false);

  const saveZip = async () => {
    if (useKeel.getState().loading && !(await whenJournalLoaded())) return;
    const [readable, media] = await Promise.all([import('./readable'), import('./mediaZip')]);
    const { entries, tags, key } = useKeel.getState();
    const chosen = readable.entriesInRange(entries.values(), { from, to });
    if (!key || chosen.length === 0) {
      setMessage(t('readable.none'));
      return;
    }
    downloadBlob(
      await media.zipWithMedia(key, chosen, tags, originals),
      datedName('journal', 'zip'),
    );
    setMessage(t('readable.zipDone', { count: chosen.length }));
  };

  const save = async (kind: Kind) => {
    if (useKeel.getState().loading) {
      setMessage(t('readable.openingFirst'));
      if (!(await whenJournalLoaded())) return;
    }
    const readable = await import('./readable');
    const { entries, tags } = useKeel.getState();
    const chosen = readable.entriesInRange(entries.values(), { from, to });
    if (chosen.length === 0) {
      setMessage(t('readable.none'));
      return;
    }
    const text =
      kind === 'md'
        ? readable.toMarkdown(chosen, tags, t)
        : kind === 'json'
          ? readable.toJson(chosen, tags, Date.now())
          : readable.toCsv(chosen, tags, t);
    // A byte order mark helps spreadsheet apps read the CSV as UTF-8.
    const parts = kind === 'csv' ? ['\uFEFF', text] : [text];
    downloadBlob(new Blob(parts, { type: TYPES[kind] }), datedName('journal', kind));
    setMessage(t('readable.done', { count: chosen.length }));
  };

  return (
    <div className="backup-part" role="group" aria-labelledby="readable-heading">
      <h3 id="readable-heading">{t('readable.heading')}</h3>
      <p>{t('readable.intro')}</p>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('readable.open')}
      </button>
      {open && (
        <div className="readable-options">
          <p className="warning" role="note">
            {t('readable.warning')}
          </p>
          <div className="range">
            <label className="field">
              <span>{t('readable.from')}</span>
              <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('readable.to')}</span>
              <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </label>
          </div>
          <p className="hint">{t('readable.emptyDates')}</p>
          <ul aria-label={t('readable.kinds')}>
            <li>
              {withPart(t('readable.kind.md', { name: PART }), <strong>{FORMATS.md}</strong>)}
            </li>
            <li>
              {withPart(t('readable.kind.json', { name: PART }), <strong>{FORMATS.json}</strong>)}
            </li>
            <li>
              {withPart(t('readable.kind.csv', { name: PART }), <strong>{FORMATS.csv}</strong>)}
            </li>
          </ul>
          <div className="actions">
            <button type="button" onClick={() => void save('md')}>
              {t('readable.asMd')}
            </button>
            <button type="button" onClick={() => void save('json')}>
              {t('readable.asJson')}
            </button>
            <button type="button" onClick={() => void save('csv')}>
              {t('readable.asCsv')}
            </button>
          </div>
          <label className="field checkbox">
            <input
              type="checkbox"
              checked={originals}
              onChange={(e) => setOriginals(e.target.checked)}
            />
            <span>{t('readable.originals')}</span>
          </label>
          <button type="button" onClick={() => void saveZip()}>
            {t('readable.zip')}
          </button>
          {message && <p role="status">{message}</p>}
        </div>
      )}
    </div>
  );
}
