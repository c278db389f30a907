import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useKeel, whenJournalLoaded } from '../../state/store';
import type { Mood } from '../../storage/types';
import { MOOD_LABELS } from '../../ui/moodLabels';
import { applyDaylio } from './actions';
import type { ActivityTarget, DaylioFile } from './daylio';
import { countKnownRows, leaveOutKnown } from './daylioKnown';
import { problemMessage } from './errors';
import { Problem } from '../../ui/Problem';
import { useAsyncAction } from '../../ui/useAsyncAction';

interface Mapping {
  file: DaylioFile;
  moods: Record<string, Mood>;
  activities: Record<string, ActivityTarget>;
}

const MOODS: Mood[] = [5, 4, 3, 2, 1];

const entriesText = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/** What is said after an import: what came in, and what was already there. */
export function importedText(added: number, skipped: number): string {
  if (added === 0) {
    return skipped === 1
      ? 'The entry in this file is already in your journal, so nothing was added.'
      : `All ${skipped} entries in this file are already in your journal, so nothing was added.`;
  }
  const already =
    skipped === 0
      ? ''
      : ` ${entriesText(skipped)} ${skipped === 1 ? 'was' : 'were'} already there and ${skipped === 1 ? 'was' : 'were'} left out.`;
  return `${entriesText(added)} from Daylio ${added === 1 ? 'is' : 'are'} in your journal now.${already}`;
}

function targetValue(target: ActivityTarget): string {
  if (target.to === 'skip') return 'skip';
  if (target.to === 'new') return `new:${target.kind}`;
  return `tag:${target.tagId}`;
}

function parseTarget(value: string): ActivityTarget {
  if (value === 'new:feeling') return { to: 'new', kind: 'feeling' };
  if (value === 'new:event') return { to: 'new', kind: 'event' };
  if (value.startsWith('tag:')) return { to: 'tag', tagId: value.slice(4) };
  return { to: 'skip' };
}

/** Bring in a Daylio CSV export: map its moods to 1-5 and its activities to feelings or events. */
export function DaylioImport() {
  const tags = useKeel((s) => s.tags);
  const entries = useKeel((s) => s.entries);
  const fileInput = useRef<HTMLInputElement>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const {
    busy,
    problem,
    setProblem,
    run: runAction,
  } = useAsyncAction((error) => {
    console.error(error);
    return problemMessage(error);
  });
  const [done, setDone] = useState('');
  const known = useMemo(
    () =>
      mapping
        ? countKnownRows(mapping.file.rows, (name) => mapping.moods[name] ?? 3, entries.values())
        : 0,
    [mapping, entries],
  );

  const run = (work: () => Promise<void>) => {
    setDone('');
    return runAction('Working…', work);
  };

  const read = (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setProblem('Choose a Daylio CSV file first.');
      return;
    }
    void run(async () => {
      const daylio = await import('./daylio');
      const parsed = await daylio.readDaylioFile(file);
      setMapping({
        file: parsed,
        moods: Object.fromEntries(parsed.moods.map((m) => [m, daylio.defaultMood(m)])),
        activities: Object.fromEntries(
          parsed.activities.map((a) => [a, daylio.defaultActivityTarget(a, tags)]),
        ),
      });
    });
  };

  const bringIn = (current: Mapping) =>
    run(async () => {
      const daylio = await import('./daylio');
      const built = daylio.buildDaylioImport(
        current.file,
        current.moods,
        current.activities,
        useKeel.getState().tags,
        Date.now(),
        () => crypto.randomUUID(),
      );
      // Every entry must be open to tell which are already in the journal.
      if (!(await whenJournalLoaded())) return;
      const fresh = leaveOutKnown(built, useKeel.getState().entries.values());
      if (fresh.entries.length === 0) {
        setMapping(null);
        setDone(importedText(0, fresh.skipped));
        return;
      }
      const added = await applyDaylio(fresh);
      useKeel.getState().setStatus(importedText(added, fresh.skipped));
    });

  const visibleTags = [...tags].filter((t) => !t.hidden).sort((a, b) => a.order - b.order);

  return (
    <div className="backup-part" role="group" aria-labelledby="daylio-heading">
      <h3 id="daylio-heading">Bring in entries from Daylio</h3>
      {!mapping && (
        <form onSubmit={read}>
          <p>
            In Daylio, export your entries as CSV, then choose that file here. You can decide what
            each mood and activity becomes before anything is added.
          </p>
          <label className="field">
            <span>Daylio CSV file</span>
            <input ref={fileInput} type="file" accept=".csv,text/csv" />
          </label>
          <button type="submit" disabled={busy !== ''}>
            Read Daylio file
          </button>
        </form>
      )}
      {mapping && (
        <div>
          <p>
            {mapping.file.rows.length} {mapping.file.rows.length === 1 ? 'entry' : 'entries'} found.
            {mapping.file.skipped > 0 &&
              ` ${mapping.file.skipped} ${mapping.file.skipped === 1 ? 'row has' : 'rows have'} no date or no mood Keel could read, and will be left out.`}
          </p>
          {known > 0 && (
            <p>
              {known === mapping.file.rows.length
                ? known === 1
                  ? 'It is already in your journal (the same day, time, mood and words), so importing it again adds nothing.'
                  : `All ${known} are already in your journal (the same day, time, mood and words), so importing them again adds nothing.`
                : `${known} of them ${known === 1 ? 'is' : 'are'} already in your journal (the same day, time, mood and words), and will be left out.`}
            </p>
          )}
          <fieldset>
            <legend>Moods</legend>
            {mapping.file.moods.map((name) => (
              <label className="field" key={name}>
                <span>Mood for “{name}”</span>
                <select
                  value={mapping.moods[name]}
                  onChange={(e) =>
                    setMapping({
                      ...mapping,
                      moods: { ...mapping.moods, [name]: Number(e.target.value) as Mood },
                    })
                  }
                >
                  {MOODS.map((mood) => (
                    <option key={mood} value={mood}>
                      {mood} ({MOOD_LABELS[mood]})
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          {mapping.file.activities.length > 0 && (
            <fieldset>
              <legend>Activities</legend>
              {mapping.file.activities.map((name) => (
                <label className="field" key={name}>
                  <span>Activity “{name}” becomes</span>
                  <select
                    value={targetValue(mapping.activities[name] ?? { to: 'skip' })}
                    onChange={(e) =>
                      setMapping({
                        ...mapping,
                        activities: { ...mapping.activities, [name]: parseTarget(e.target.value) },
                      })
                    }
                  >
                    <option value="new:event">A new event called “{name}”</option>
                    <option value="new:feeling">A new feeling called “{name}”</option>
                    <option value="skip">Leave it out</option>
                    {visibleTags.map((tag) => (
                      <option key={tag.id} value={`tag:${tag.id}`}>
                        {tag.kind === 'feeling' ? 'Feeling' : 'Event'}: {tag.name}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={busy !== ''}
              onClick={() => void bringIn(mapping)}
            >
              Import from Daylio
            </button>
            <button type="button" disabled={busy !== ''} onClick={() => setMapping(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {busy && <p role="status">{busy}</p>}
      {done && <p role="status">{done}</p>}
      <Problem>{problem}</Problem>
    </div>
  );
}
