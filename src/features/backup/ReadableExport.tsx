import { useState } from 'react';
import { useKeel, whenJournalLoaded } from '../../state/store';
import { datedName, downloadBlob } from './download';

type Kind = 'md' | 'json' | 'csv';

const TYPES: Record<Kind, string> = {
  md: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

/** Markdown, JSON and CSV of entries, behind a plain warning that they are not encrypted. */
export function ReadableExport() {
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');

  const save = async (kind: Kind) => {
    if (useKeel.getState().loading) {
      setMessage('Opening your entries first, so the file has all of them…');
      if (!(await whenJournalLoaded())) return;
    }
    const readable = await import('./readable');
    const { entries, tags } = useKeel.getState();
    const chosen = readable.entriesInRange(entries.values(), { from, to });
    if (chosen.length === 0) {
      setMessage('There are no entries in those dates, so no file was made.');
      return;
    }
    const text =
      kind === 'md'
        ? readable.toMarkdown(chosen, tags)
        : kind === 'json'
          ? readable.toJson(chosen, tags, Date.now())
          : readable.toCsv(chosen, tags);
    // A byte order mark helps spreadsheet apps read the CSV as UTF-8.
    const parts = kind === 'csv' ? ['\uFEFF', text] : [text];
    downloadBlob(new Blob(parts, { type: TYPES[kind] }), datedName('journal', kind));
    setMessage(
      `A readable file with ${chosen.length} ${chosen.length === 1 ? 'entry' : 'entries'} is saved.`,
    );
  };

  return (
    <div className="backup-part" role="group" aria-labelledby="readable-heading">
      <h3 id="readable-heading">Readable copy</h3>
      <p>A copy of your entries that opens without Keel, to read, print or keep elsewhere.</p>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Readable export
      </button>
      {open && (
        <div className="readable-options">
          <p className="warning" role="note">
            These files are not encrypted. Anyone who finds the file can read every word in it. Keep
            it somewhere only you can reach, and delete it when you no longer need it.
          </p>
          <div className="range">
            <label className="field">
              <span>Export from</span>
              <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </label>
            <label className="field">
              <span>Export to</span>
              <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </label>
          </div>
          <p className="hint">Leave the dates empty for all entries.</p>
          <ul aria-label="The kinds of file">
            <li>
              <strong>Markdown</strong>: plain text that reads well anywhere, in any notes app or
              text editor.
            </li>
            <li>
              <strong>JSON</strong>: the same entries laid out for another app or program to read,
              not for reading yourself.
            </li>
            <li>
              <strong>CSV</strong>: a table with one row per entry, to open in a spreadsheet app.
            </li>
          </ul>
          <div className="actions">
            <button type="button" onClick={() => void save('md')}>
              Export as Markdown
            </button>
            <button type="button" onClick={() => void save('json')}>
              Export as JSON
            </button>
            <button type="button" onClick={() => void save('csv')}>
              Export as CSV
            </button>
          </div>
          {message && <p role="status">{message}</p>}
        </div>
      )}
    </div>
  );
}
