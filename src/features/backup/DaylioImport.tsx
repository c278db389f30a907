import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useKeel, whenJournalLoaded } from '../../state/store';
import type { Mood } from '../../storage/types';
import { applyDaylio } from './actions';
import type { ActivityTarget, DaylioFile } from './daylio';
import { countKnownRows, leaveOutKnown } from './daylioKnown';
import { problemMessage } from './errors';
import { Problem } from '../../ui/Problem';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { type Translate, translateNow, useT } from '../../ui/i18n/i18n';

interface Mapping {
  file: DaylioFile;
  moods: Record<string, Mood>;
  activities: Record<string, ActivityTarget>;
}

const MOODS: Mood[] = [5, 4, 3, 2, 1];

/** What is said after an import: what came in, and what was already there. */
export function importedText(added: number, skipped: number, t: Translate = translateNow): string {
  if (added === 0) {
    return skipped === 1 ? t('daylio.nothingOne') : t('daylio.nothingAll', { count: skipped });
  }
  const now = t('daylio.added', { count: added });
  return skipped === 0 ? now : `${now} ${t('daylio.alreadyThere', { count: skipped })}`;
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
  const { t } = useT();
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
    return problemMessage(error, 'write', t);
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
    return runAction(t('daylio.working'), work);
  };

  const read = (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setProblem(t('daylio.choose'));
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
        setDone(importedText(0, fresh.skipped, t));
        return;
      }
      const added = await applyDaylio(fresh);
      useKeel.getState().setStatus(importedText(added, fresh.skipped, t));
    });

  const visibleTags = [...tags].filter((t) => !t.hidden).sort((a, b) => a.order - b.order);

  return (
    <div className="backup-part" role="group" aria-labelledby="daylio-heading">
      <h3 id="daylio-heading">{t('daylio.heading')}</h3>
      {!mapping && (
        <form onSubmit={read}>
          <p>{t('daylio.intro')}</p>
          <label className="field">
            <span>{t('daylio.file')}</span>
            <input ref={fileInput} type="file" accept=".csv,text/csv" />
          </label>
          <button type="submit" disabled={busy !== ''}>
            {t('daylio.read')}
          </button>
        </form>
      )}
      {mapping && (
        <div>
          <p>
            {t('daylio.found', { count: mapping.file.rows.length })}
            {mapping.file.skipped > 0 &&
              ` ${t('daylio.skippedRows', { count: mapping.file.skipped })}`}
          </p>
          {known > 0 && (
            <p>
              {known === mapping.file.rows.length
                ? known === 1
                  ? t('daylio.knownOnly')
                  : t('daylio.knownAll', { count: known })
                : t('daylio.knownSome', { count: known })}
            </p>
          )}
          <fieldset>
            <legend>{t('daylio.moods')}</legend>
            {mapping.file.moods.map((name) => (
              <label className="field" key={name}>
                <span>{t('daylio.moodFor', { name })}</span>
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
                      {t('daylio.moodOption', { mood, label: t(`mood.${mood}`) })}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          {mapping.file.activities.length > 0 && (
            <fieldset>
              <legend>{t('daylio.activities')}</legend>
              {mapping.file.activities.map((name) => (
                <label className="field" key={name}>
                  <span>{t('daylio.activityBecomes', { name })}</span>
                  <select
                    value={targetValue(mapping.activities[name] ?? { to: 'skip' })}
                    onChange={(e) =>
                      setMapping({
                        ...mapping,
                        activities: { ...mapping.activities, [name]: parseTarget(e.target.value) },
                      })
                    }
                  >
                    <option value="new:event">{t('daylio.newEvent', { name })}</option>
                    <option value="new:feeling">{t('daylio.newFeeling', { name })}</option>
                    <option value="skip">{t('daylio.leaveOut')}</option>
                    {visibleTags.map((tag) => (
                      <option key={tag.id} value={`tag:${tag.id}`}>
                        {t(tag.kind === 'feeling' ? 'daylio.feelingTag' : 'daylio.eventTag', {
                          name: tag.name,
                        })}
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
              {t('daylio.import')}
            </button>
            <button type="button" disabled={busy !== ''} onClick={() => setMapping(null)}>
              {t('daylio.cancel')}
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
