import { useEffect, useMemo, useState } from 'react';
import { useKeel } from '../../state/store';
import { formatDateTime, formatDay } from '../../lib/dates';
import { MOOD_LABELS } from '../../ui/moodLabels';
import './backup.css';
import { entriesInRange, tagNamer } from './readable';
import {
  coveredText,
  cycleSummary,
  incidentLog,
  leftOutText,
  summarise,
  writtenAndChanged,
} from './report';
import { readAllVersions } from '../../storage/versionReads';
import { changeNote, type EntryVersion, versionList } from '../../storage/versions';
import type { Entry } from '../../storage/types';
import { harmLines } from '../../storage/harm';
import { LazyReportPhotos, ReportPhotoChoices } from '../journal/attachments/lazy';

/** The details of harm filled in on an entry, for the report. */
function HarmLines({ entry }: { entry: Entry }) {
  const lines = harmLines(entry.harm);
  if (lines.length === 0) return null;
  return (
    <ul className="report-harm">
      {lines.map(({ label, text }) => (
        <li key={label}>
          {label}: <span className="report-text">{text}</span>
        </li>
      ))}
    </ul>
  );
}

const MOODS = [5, 4, 3, 2, 1] as const;

/** A print-friendly report for a therapist or advocate. Built from the unlocked store only. */
export default function ReportView() {
  const entries = useKeel((s) => s.entries);
  const tags = useKeel((s) => s.tags);
  // The whole journal unless the person chooses dates: a narrower default once left out an
  // incident without a word.
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [withEntries, setWithEntries] = useState(true);
  const [withIncidents, setWithIncidents] = useState(true);
  const [withSummary, setWithSummary] = useState(true);
  const [preparedAt] = useState(() => Date.now());
  const [withVersions, setWithVersions] = useState(false);
  const [photos, setPhotos] = useState({ photos: false, originals: false });
  const key = useKeel((s) => s.key);
  // Earlier versions are read (and decrypted) once, for whether and when entries changed.
  const [versions, setVersions] = useState<ReadonlyMap<string, EntryVersion[]>>(new Map());
  useEffect(() => {
    if (!key) return;
    let live = true;
    readAllVersions(key).then(
      (read) => live && setVersions(read),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);

  const chosen = useMemo(() => entriesInRange(entries.values(), { from, to }), [entries, from, to]);
  const leftOut = useMemo(() => leftOutText([...entries.values()], chosen), [entries, chosen]);
  const names = useMemo(() => tagNamer(tags), [tags]);
  const summary = useMemo(() => summarise(chosen, tags), [chosen, tags]);
  const incidents = useMemo(() => incidentLog(chosen), [chosen]);
  const cycleLines = useMemo(() => cycleSummary(chosen, preparedAt), [chosen, preparedAt]);

  return (
    <section className="report-view" aria-labelledby="report-title">
      <div className="report-controls">
        <button type="button" className="link" onClick={() => useKeel.getState().go('settings')}>
          Back to Settings
        </button>
        <fieldset>
          <legend>What the report covers</legend>
          <div className="range">
            <label className="field">
              <span>Report from</span>
              <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </label>
            <label className="field">
              <span>Report to</span>
              <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </label>
          </div>
          <p className="hint">
            Leave the dates empty for the whole journal.{' '}
            {(from !== '' || to !== '') && (
              <button
                type="button"
                className="link"
                onClick={() => {
                  setFrom('');
                  setTo('');
                }}
              >
                Whole journal
              </button>
            )}
          </p>
          {leftOut && (
            <p className="note" role="note">
              {leftOut}
            </p>
          )}
          <label className="check">
            <input
              type="checkbox"
              checked={withEntries}
              onChange={(e) => setWithEntries(e.target.checked)}
            />{' '}
            Entries
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={withIncidents}
              onChange={(e) => setWithIncidents(e.target.checked)}
            />{' '}
            Incident log
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={withSummary}
              onChange={(e) => setWithSummary(e.target.checked)}
            />{' '}
            Summary
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={withVersions}
              onChange={(e) => setWithVersions(e.target.checked)}
            />{' '}
            Earlier versions of changed entries
          </label>
          <ReportPhotoChoices value={photos} onChange={setPhotos} />
        </fieldset>
        <p className="hint">
          Print makes a paper copy or a PDF on this device; nothing is sent anywhere. A printed page
          can be read by anyone who finds it.
        </p>
        <button type="button" className="primary" onClick={() => window.print()}>
          Print
        </button>
      </div>

      <article className="report" aria-label="Report">
        <h1 id="report-title">Journal report</h1>
        <p>
          {coveredText({ from, to }, chosen)} {chosen.length}{' '}
          {chosen.length === 1 ? 'entry' : 'entries'}. Prepared on {formatDay(preparedAt)}.
        </p>

        {withSummary && (
          <section aria-labelledby="report-summary">
            <h2 id="report-summary">Summary</h2>
            <ul>
              {MOODS.map((mood) => (
                <li key={mood}>
                  Mood {mood} ({MOOD_LABELS[mood]}): {summary.moods[mood]}
                </li>
              ))}
              <li>No mood noted: {summary.moods.none}</li>
              <li>Entries that record harm or an incident: {summary.incidents}</li>
            </ul>
            {summary.events.length > 0 && (
              <p>Events: {summary.events.map((e) => `${e.name} (${e.count})`).join(', ')}</p>
            )}
            {summary.feelings.length > 0 && (
              <p>Feelings: {summary.feelings.map((f) => `${f.name} (${f.count})`).join(', ')}</p>
            )}
            {cycleLines.length > 0 && (
              <section aria-labelledby="report-cycle">
                <h3 id="report-cycle">The cycle</h3>
                <p className="hint">
                  Harm, then an apology, a gift or a promise, then harm again, counted by days in
                  these dates.
                </p>
                {cycleLines.map((line) => (
                  <p key={line}>{line}</p>
                ))}
              </section>
            )}
          </section>
        )}

        {withIncidents && (
          <section aria-labelledby="report-incidents">
            <h2 id="report-incidents">Incident log</h2>
            {incidents.length === 0 ? (
              <p>No entries in these dates record harm or an incident.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">When it happened</th>
                    <th scope="col">When it was written</th>
                    <th scope="col">What was written</th>
                  </tr>
                </thead>
                <tbody>
                  {incidents.map((entry) => (
                    <tr key={entry.id}>
                      <td>{formatDateTime(entry.happenedAt)}</td>
                      <td>{formatDateTime(entry.createdAt)}</td>
                      <td>
                        <span className="report-text">{entry.text}</span>
                        <HarmLines entry={entry} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        )}

        {withEntries && (
          <section aria-labelledby="report-entries">
            <h2 id="report-entries">Entries</h2>
            {chosen.length === 0 && <p>No entries in these dates.</p>}
            {chosen.map((entry) => {
              const feelings = names(entry.feelings);
              const events = names(entry.events);
              const earlier = versionList(versions.get(entry.id) ?? [], entry);
              return (
                <article key={entry.id} className="report-entry">
                  <h3>{formatDateTime(entry.happenedAt)}</h3>
                  <p className="hint">
                    {writtenAndChanged(changeNote(entry, earlier), formatDateTime)}
                  </p>
                  {entry.mood !== null && (
                    <p>
                      Mood {entry.mood} ({MOOD_LABELS[entry.mood]})
                    </p>
                  )}
                  {feelings.length > 0 && <p>Feelings: {feelings.join(', ')}</p>}
                  {events.length > 0 && <p>Events: {events.join(', ')}</p>}
                  <p className="report-text">{entry.text}</p>
                  <HarmLines entry={entry} />
                  {photos.photos && (
                    <LazyReportPhotos ids={entry.attachments} originals={photos.originals} />
                  )}
                  {withVersions && earlier.length > 0 && (
                    <section aria-label="Earlier versions of this entry">
                      <h4>Earlier versions</h4>
                      {earlier.map((item) => (
                        <div key={item.id} className="report-version">
                          <p className="hint">Written {formatDateTime(item.writtenAt)}</p>
                          <p className="report-text">{item.entry.text}</p>
                          <HarmLines entry={item.entry} />
                        </div>
                      ))}
                    </section>
                  )}
                </article>
              );
            })}
          </section>
        )}
      </article>
    </section>
  );
}
