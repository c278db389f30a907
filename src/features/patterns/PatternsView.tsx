import { useEffect, useMemo, useRef, useState } from 'react';
import { useKeel } from '../../state/store';
import type { Entry } from '../../storage/types';
import { BUILTIN_TAG_IDS } from '../../storage/defaultTags';
import { contactInfo } from './noContact';
import { cycle } from './cycle';
import { feelingFrequencies, feelingPairs } from './feelings';
import { dayNumber } from '../../lib/dayKey';
import { type Prepared, prepare } from './days';
import { type MoodRange, moodSeries } from './moodOverTime';
import { whatFollows } from './follows';
import { CalendarSection } from './CalendarSection';
import { CycleSection } from './CycleSection';
import { FeelingsSection } from './FeelingsSection';
import { FollowsSection } from './FollowsSection';
import { MoodSection } from './MoodSection';
import { SummarySection } from './SummarySection';
import { tagNamer } from './words';
import { useSay } from './useSay';

// Loaded through this module so that all of Patterns is one lazy chunk (see lazy.tsx).
export { default as RememberStory } from './RememberStory';
export { default as RememberStorySetting } from './RememberStorySetting';
// The app's idle preload fetches the chart code too, so a first open does not suspend.
export { loadUPlot as preloadCharts } from './TimeChart';

/**
 * The prepared entries of one journal (one entries map: the store replaces the map on every
 * change, and a lock drops it), for its "today". Weakly held, so nothing decrypted outlives
 * the journal it came from.
 */
const preparedCache = new WeakMap<ReadonlyMap<string, Entry>, Prepared>();

function preparedFor(
  entryMap: ReadonlyMap<string, Entry>,
  entries: readonly Entry[],
  today: number,
): Prepared {
  const cached = preparedCache.get(entryMap);
  if (cached && cached.today === dayNumber(today)) return cached;
  const p = prepare(entries, today);
  preparedCache.set(entryMap, p);
  return p;
}

/**
 * Patterns: the person's own entries, seen from further away. Every number here comes
 * from the pure functions in analysis.ts; this view only holds the choices and lays
 * the parts out. The root carries data-ready="true" once everything is on screen.
 */
export default function PatternsView() {
  const say = useSay();
  const { t } = say;
  const entryMap = useKeel((s) => s.entries);
  const tags = useKeel((s) => s.tags);
  // The view's one reading of the clock; analysis takes "today" as a parameter.
  const [today] = useState(() => Date.now());
  const [range, setRange] = useState<MoodRange>('30d');
  const [feelingDays, setFeelingDays] = useState(30);
  const [followEvent, setFollowEvent] = useState<string>(BUILTIN_TAG_IDS.contact);
  const [followDays, setFollowDays] = useState(3);
  const [apologyWindow, setApologyWindow] = useState(3);
  const root = useRef<HTMLElement>(null);

  const entries = useMemo(() => [...entryMap.values()], [entryMap]);
  const emptyJournal = entries.length === 0;
  const name = useMemo(() => tagNamer(tags, say), [tags, say]);
  const eventTags = useMemo(
    () =>
      tags.filter((tag) => tag.kind === 'event' && !tag.hidden).sort((a, b) => a.order - b.order),
    [tags],
  );
  // Each entry is placed on its day once; every part below reuses that (and so does the
  // next visit, while the journal is unchanged: see preparedFor).
  const p = useMemo(() => preparedFor(entryMap, entries, today), [entryMap, entries, today]);
  const mood = useMemo(() => moodSeries(p, range, today), [p, range, today]);
  const feelings = useMemo(
    () => feelingFrequencies(p, feelingDays, today),
    [p, feelingDays, today],
  );
  const pairs = useMemo(
    () => feelingPairs(p, today, p.today - feelingDays + 1),
    [p, feelingDays, today],
  );
  const follows = useMemo(
    () => whatFollows(p, followEvent, followDays, today),
    [p, followEvent, followDays, today],
  );
  const turns = useMemo(() => cycle(p, today, apologyWindow), [p, apologyWindow, today]);
  const contact = useMemo(() => contactInfo(p, today), [p, today]);

  // Effects run after every child has committed and drawn its chart: from then on the
  // view is complete, which a benchmark can wait for.
  useEffect(() => {
    root.current?.setAttribute('data-ready', 'true');
  }, []);

  return (
    <section ref={root} className="patterns" aria-labelledby="patterns-heading">
      <h1 id="patterns-heading">{t('patterns.heading')}</h1>
      {emptyJournal ? (
        <p>{t('patterns.empty')}</p>
      ) : (
        <>
          <SummarySection cycle={turns} mood={mood} contact={contact} />
          <CycleSection cycle={turns} onWindow={setApologyWindow} />
          <MoodSection series={mood} range={range} onRange={setRange} />
          <CalendarSection days={p.days} entries={entryMap} name={name} today={today} />
          <FeelingsSection
            frequencies={feelings}
            pairs={pairs}
            name={name}
            onPeriod={setFeelingDays}
          />
          <FollowsSection
            result={follows}
            events={eventTags}
            name={name}
            onEvent={setFollowEvent}
            onDays={setFollowDays}
          />
        </>
      )}
    </section>
  );
}
