import { lazy, type ReactNode, Suspense, useEffect, useSyncExternalStore } from 'react';
import { JournalView } from '../features/journal/JournalView';
import { startNewEntry } from '../features/journal/newEntry';
// Global rules too (the header, settings sections): kept in the first CSS, not the lock chunk.
import '../features/lock/lock.css';
import { disguiseFor, isDisguised, pageName, rememberedDisguise } from '../lib/disguise';
import { lazyView, preloadWhenIdle } from '../ui/lazyView';
import { onStorageAnswer, storageAnswer } from './pwa/persistentStorage';
import { LockButton } from './LockButton';
import { LockWatch } from './LockWatch';
import { Nav } from './Nav';
import { OpeningNote } from './OpeningNote';
import { UpdateNotice } from './pwa/UpdateNotice';
import { QuickExitButton } from './QuickExitButton';
import { firstRunOffer, lockScreen, stayingSafe } from './screens';
import { useKeel } from '../state/store';
import { TabDisguise } from './TabDisguise';
import { UndoBar } from './UndoBar';
import { AfterDelete } from '../features/lock/AfterDelete';
import { LockActionsContext } from '../features/lock/lockActions';
import { LOCK_ACTIONS } from './lockActions';
import { ViewErrorBoundary } from './ViewErrorBoundary';
import { loadMessages, useT } from '../ui/i18n/i18n';
import type { FirstKey } from '../ui/i18n/messages/en';

function backToJournal(): void {
  useKeel.getState().go('journal');
}

const ReportView = lazy(() => import('../features/backup/ReportView'));
// Notices seldom shown: fetched only when one has something to say (budgets: 120 KB).
const DamagedNotice = lazy(() =>
  import('./DamagedNotice').then((m) => ({ default: m.DamagedNotice })),
);
const StorageNote = lazy(() =>
  import('./pwa/StorageNote').then((m) => ({ default: m.StorageNote })),
);
const PassphraseNote = lazy(() =>
  import('../features/lock/PassphraseNote').then((m) => ({ default: m.PassphraseNote })),
);

function Notices() {
  const damaged = useKeel((s) => s.unreadable > 0 || s.settingsDamaged);
  const storage = useSyncExternalStore(onStorageAnswer, storageAnswer) === false;
  return (
    <Suspense fallback={null}>
      {damaged && <DamagedNotice />}
      {storage && <StorageNote />}
    </Suspense>
  );
}

/** The note after "Not now" to the passphrase offer (its own rules decide when it shows). */
function LaterPassphraseNote() {
  const notNow = useKeel((s) => s.settings.passphraseOffer === 'not-now');
  return notNow ? (
    <Suspense fallback={null}>
      <PassphraseNote />
    </Suspense>
  ) : null;
}
// Not needed for the first screen: kept out of its bundle (docs/design.md, budgets: 120 KB).
const editor = lazyView(() => import('../features/journal/EntryEditor').then((m) => m.EntryEditor));
const entryView = lazyView(() => import('../features/journal/EntryView').then((m) => m.EntryView));
const settingsView = lazyView(() => import('./SettingsView').then((m) => m.SettingsView));
const EntryEditor = editor.View;
const EntryView = entryView.View;
const SettingsView = settingsView.View;
// Preloaded too, so their first open shows at once instead of React's ~300 ms fallback hold.
const patternsView = lazyView(() =>
  import('../features/patterns/PatternsView').then(async (m) => {
    await m.preloadCharts().catch(() => undefined); // charts try again when drawn
    return m.default;
  }),
);
const reflectView = lazyView(() =>
  import('../features/reflect/ReflectView').then((m) => m.default),
);
const safetyView = lazyView(() => import('../features/safety/SafetyView').then((m) => m.default));
const PatternsView = patternsView.View;
const ReflectView = reflectView.View;
const SafetyView = safetyView.View;
const LockScreen = lockScreen.View;
const FirstRunOffer = firstRunOffer.View;
const StayingSafe = stayingSafe.View;
const LAZY_VIEWS = [
  editor,
  entryView,
  settingsView,
  patternsView,
  reflectView,
  safetyView,
  lockScreen,
  stayingSafe,
];

/** Loads the lazily loaded views now (the app does it when idle after the journal opens). */
export function preloadViews(): Promise<unknown> {
  return Promise.all(LAZY_VIEWS.map((view) => view.preload()));
}

function CurrentView() {
  const view = useKeel((s) => s.view);
  const openEntryId = useKeel((s) => s.openEntryId);
  const editingDraftId = useKeel((s) => s.editingDraftId);
  const done = (entryId: string | null) =>
    entryId ? useKeel.getState().openEntry(entryId) : useKeel.getState().go('journal');

  switch (view) {
    case 'journal':
      return <JournalView />;
    case 'entry':
      return openEntryId ? <EntryView id={openEntryId} /> : <JournalView />;
    case 'editor':
      return editingDraftId ? (
        <EntryEditor key={editingDraftId} draftId={editingDraftId} onDone={done} />
      ) : (
        <JournalView />
      );
    case 'patterns':
      return (
        <>
          <OpeningNote />
          <PatternsView />
        </>
      );
    case 'reflect':
      return <ReflectView onWrite={startNewEntry} />;
    case 'safety':
      return <SafetyView />;
    case 'report':
      return (
        <>
          <OpeningNote />
          <ReportView />
        </>
      );
    case 'settings':
      return <SettingsView />;
    case 'staying-safe':
      return <StayingSafe />;
  }
}

function LockFallback() {
  return (
    <main id="main" className="lock">
      <h1>{pageName()}</h1>
    </main>
  );
}

/** The passphrase offer of a first run (loaded by `openJournal` before the journal shows). */
function FirstRun() {
  const firstRun = useKeel((s) => s.firstRun);
  // The same lazy piece says when wrong passphrases were tried (features/lock/FailedTriesNote).
  const failedTries = useKeel((s) => s.settings.failedTries != null);
  return firstRun || failedTries ? <FirstRunOffer /> : null;
}

function Body() {
  const { t } = useT('first');
  const phase = useKeel((s) => s.phase);
  const problem = useKeel((s) => s.problem);
  const view = useKeel((s) => s.view);
  const loading = useKeel((s) => s.loading);
  useEffect(() => {
    // After every entry is in: preloading competes with opening the rest.
    if (phase === 'open' && !loading) preloadWhenIdle(LAZY_VIEWS);
  }, [phase, loading]);
  useEffect(() => {
    // Once a first screen is drawn, the rest of the words: every other view speaks from them.
    if (phase !== 'starting') void loadMessages().catch(() => undefined);
  }, [phase]);
  switch (phase) {
    case 'starting':
      return <p className="center">{t('shell.opening')}</p>;
    case 'locked':
      // Loaded before a locked start shows it, and preloaded when the journal opens; only a
      // lock in the first idle moment could wait for it, behind a screen that shows nothing.
      return (
        <Suspense fallback={<LockFallback />}>
          <LockScreen />
        </Suspense>
      );
    case 'wiped':
      return <AfterDelete />;
    case 'blocked':
    case 'failed':
      return (
        <div className="center" role="alert">
          <p>{t((problem as FirstKey | null) ?? 'shell.needsReload')}</p>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {t('shell.reload')}
          </button>
        </div>
      );
    case 'open':
      return (
        <>
          <Nav />
          <main id="main">
            <Notices />
            <Suspense fallback={null}>
              <FirstRun />
            </Suspense>
            <LaterPassphraseNote />
            <ViewErrorBoundary resetKey={view} onBack={backToJournal}>
              <Suspense fallback={<p className="center">{t('shell.opening')}</p>}>
                <CurrentView />
              </Suspense>
            </ViewErrorBoundary>
          </main>
          <UndoBar />
        </>
      );
  }
}

/** Catches what the view boundary does not: the lock screen and first-run offer failing. */
function BodyBoundary({ children }: { children: ReactNode }) {
  const phase = useKeel((s) => s.phase);
  return <ViewErrorBoundary resetKey={phase}>{children}</ViewErrorBoundary>;
}

/** A name, the same in every language. */
const APP_NAME = 'Keel';

/** The app's name on the page, or none while disguised (the locked screens read the mirror). */
function Brand() {
  const title = useKeel((s) => (s.phase === 'open' ? s.settings.tabTitle : null));
  const disguised = isDisguised(title === null ? rememberedDisguise() : disguiseFor(title));
  return (
    <span className="brand" aria-hidden="true">
      {disguised ? '' : APP_NAME}
    </span>
  );
}

export function App() {
  const status = useKeel((s) => s.status);
  return (
    <div className="app">
      <header className="top">
        <Brand />
        <div className="top-actions">
          <LockButton />
          <QuickExitButton />
        </div>
      </header>
      <UpdateNotice />
      <LockWatch />
      <TabDisguise />
      <LockActionsContext value={LOCK_ACTIONS}>
        <BodyBoundary>
          <Body />
        </BodyBoundary>
      </LockActionsContext>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
