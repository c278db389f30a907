import { useEffect, useMemo, useState } from 'react';
import { useKeel } from '../../state/store';
import { formatDate } from '../../lib/i18n/format';
import { useT } from '../../ui/i18n/i18n';
import './backup.css';
import { entriesInRange, tagNamer } from './readable';
import {
  coveredText,
  cycleSummary,
  incidentLog,
  leftOutText,
  reportDay,
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
  const { t } = useT();
  const lines = harmLines(entry.harm);
  if (lines.length === 0) return null;
  return (
    <ul className="report-harm">
      {lines.map(({ field, text }) => (
        <li key={field}>
          {t('report.harmLine', { label: t(`harm.${field}`) })}{' '}
          <span className="report-text">{text}</span>
        </li>
      ))}
    </ul>
  );
}

const MOODS = [5, 4, 3, 2, 1] as const;

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** A print-friendly report for a therapist or advocate. Built from the unlocked store only. */
export default function ReportView() {
  const { t, locale } = useT();
  const formatDateTime = (time: number) => formatDate(time, locale, DATE_TIME);
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
  const leftOut = useMemo(
    () => leftOutText([...entries.values()], chosen, t),
    // t changes with the language (locale)
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entries, chosen, locale],
  );
  const names = useMemo(() => tagNamer(tags), [tags]);
  const summary = useMemo(() => summarise(chosen, tags), [chosen, tags]);
  const counts = (items: readonly { name: string; count: number }[]) =>
    items.map((item) => t('report.nameCount', item)).join(', ');
  const incidents = useMemo(() => incidentLog(chosen), [chosen]);
  const cycleLines = useMemo(() => cycleSummary(chosen, preparedAt), [chosen, preparedAt]);

  return (
    <section className="report-view" aria-labelledby="report-title">
      <div className="report-controls">
        <button type="button" className="link" onClick={() => useKeel.getState().go('settings')}>
          {t('report.back')}
        </button>
        <fieldset>
          <legend>{t('report.covers')}</legend>
          <div className="range">
            <label className="field">
              <span>{t('report.from')}</span>
              <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('report.to')}</span>
              <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </label>
          </div>
          <p className="hint">
            {t('report.emptyDates')}{' '}
            {(from !== '' || to !== '') && (
              <button
                type="button"
                className="link"
                onClick={() => {
                  setFrom('');
                  setTo('');
                }}
              >
                {t('report.whole')}
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
            {t('report.entries')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={withIncidents}
              onChange={(e) => setWithIncidents(e.target.checked)}
            />{' '}
            {t('report.incidents')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={withSummary}
              onChange={(e) => setWithSummary(e.target.checked)}
            />{' '}
            {t('report.summary')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={withVersions}
              onChange={(e) => setWithVersions(e.target.checked)}
            />{' '}
            {t('report.versions')}
          </label>
          <ReportPhotoChoices value={photos} onChange={setPhotos} />
        </fieldset>
        <p className="hint">{t('report.printHint')}</p>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>

      <article className="report" aria-label={t('report.label')}>
        <h1 id="report-title">{t('report.title')}</h1>
        <p>
          {t('report.intro', {
            covered: coveredText({ from, to }, chosen, t, locale),
            count: chosen.length,
            date: reportDay(preparedAt, locale),
          })}
        </p>

        {withSummary && (
          <section aria-labelledby="report-summary">
            <h2 id="report-summary">{t('report.summary')}</h2>
            <ul>
              {MOODS.map((mood) => (
                <li key={mood}>
                  {t('report.moodLine', {
                    mood,
                    label: t(`mood.${mood}`),
                    count: summary.moods[mood],
                  })}
                </li>
              ))}
              <li>{t('report.noMood', { count: summary.moods.none })}</li>
              <li>{t('report.harmCount', { count: summary.incidents })}</li>
            </ul>
            {summary.events.length > 0 && (
              <p>{t('report.events', { list: counts(summary.events) })}</p>
            )}
            {summary.feelings.length > 0 && (
              <p>{t('report.feelings', { list: counts(summary.feelings) })}</p>
            )}
            {cycleLines.length > 0 && (
              <section aria-labelledby="report-cycle">
                <h3 id="report-cycle">{t('report.cycle')}</h3>
                <p className="hint">{t('report.cycleHint')}</p>
                {cycleLines.map((line) => (
                  <p key={line}>{line}</p>
                ))}
              </section>
            )}
          </section>
        )}

        {withIncidents && (
          <section aria-labelledby="report-incidents">
            <h2 id="report-incidents">{t('report.incidents')}</h2>
            {incidents.length === 0 ? (
              <p>{t('report.noIncidents')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('report.whenHappened')}</th>
                    <th scope="col">{t('report.whenWritten')}</th>
                    <th scope="col">{t('report.whatWritten')}</th>
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
            <h2 id="report-entries">{t('report.entries')}</h2>
            {chosen.length === 0 && <p>{t('report.noEntries')}</p>}
            {chosen.map((entry) => {
              const feelings = names(entry.feelings);
              const events = names(entry.events);
              const earlier = versionList(versions.get(entry.id) ?? [], entry);
              return (
                <article key={entry.id} className="report-entry">
                  <h3>{formatDateTime(entry.happenedAt)}</h3>
                  <p className="hint">
                    {writtenAndChanged(changeNote(entry, earlier), formatDateTime, t)}
                  </p>
                  {entry.mood !== null && (
                    <p>{t('report.mood', { mood: entry.mood, label: t(`mood.${entry.mood}`) })}</p>
                  )}
                  {feelings.length > 0 && (
                    <p>{t('report.feelings', { list: feelings.join(', ') })}</p>
                  )}
                  {events.length > 0 && <p>{t('report.events', { list: events.join(', ') })}</p>}
                  <p className="report-text">{entry.text}</p>
                  <HarmLines entry={entry} />
                  {photos.photos && (
                    <LazyReportPhotos ids={entry.attachments} originals={photos.originals} />
                  )}
                  {withVersions && earlier.length > 0 && (
                    <section aria-label={t('report.earlierLabel')}>
                      <h4>{t('report.earlier')}</h4>
                      {earlier.map((item) => (
                        <div key={item.id} className="report-version">
                          <p className="hint">
                            {t('report.writtenAt', { date: formatDateTime(item.writtenAt) })}
                          </p>
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
