/**
 * Owns draft autosaving. Each change is sealed (encrypted) at once, which takes about a
 * millisecond, but written only after a short pause in typing. When the page is hidden
 * or closed, the newest sealed draft is written straight away: encryption is async and
 * a closing page gives no time to wait for it, so it must already be done.
 * Quick exit never waits on any of this.
 */
import { putSealedDraft, sealDraft } from '../../storage/drafts';
import type { SealedRow } from '../../storage/schema';
import type { Draft } from '../../storage/types';

export const AUTOSAVE_DELAY_MS = 600;

type Result = { ok: true } | { ok: false; error: unknown };
type Listener = (result: Result) => void;

/** Numbers each change so that an older seal never overwrites a newer one. */
let changeCount = 0;
let newestSealed: { change: number; row: SealedRow } | null = null;
let newestWritten = 0;
let sealing: Promise<void> = Promise.resolve();
let timer: ReturnType<typeof setTimeout> | null = null;
let writing: Promise<void> = Promise.resolve();
const listeners = new Set<Listener>();

function notify(result: Result): void {
  for (const listener of listeners) listener(result);
}

/** Hears whether each autosave worked (the editor shows a kind message when not). */
export function onAutosave(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function scheduleDraftSave(key: CryptoKey, draft: Draft): void {
  const change = ++changeCount;
  sealing = sealDraft(key, draft).then(
    (row) => {
      if (change === changeCount || (newestSealed?.change ?? 0) < change) {
        newestSealed = { change, row };
      }
    },
    (error: unknown) => notify({ ok: false, error }),
  );
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => void flushDraftSave(), AUTOSAVE_DELAY_MS);
}

/** Starts writing the newest sealed draft, if it is not written yet. Synchronous start. */
function writeNewestSealed(): Promise<void> {
  const next = newestSealed;
  if (!next || next.change <= newestWritten) return writing;
  newestWritten = next.change;
  writing = putSealedDraft(next.row).then(
    () => notify({ ok: true }),
    (error: unknown) => {
      if (newestWritten === next.change) newestWritten = 0; // let the next flush retry
      notify({ ok: false, error });
    },
  );
  return writing;
}

/** Writes the newest draft now. Resolves when it is written (or has failed). */
export async function flushDraftSave(): Promise<void> {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  writeNewestSealed();
  await sealing;
  await writeNewestSealed();
}

/** Forgets any unwritten draft (after a save, or on lock and quick exit). */
export function cancelDraftSave(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  changeCount += 1;
  newestSealed = null;
  newestWritten = changeCount;
}

export function hasPendingDraft(): boolean {
  return timer !== null || (newestSealed !== null && newestSealed.change > newestWritten);
}

/** Flushes on visibilitychange (hidden) and pagehide, as a closing tab allows no more. */
export function installAutosaveFlush(target: Window = window): () => void {
  const flush = () => void flushDraftSave();
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') flush();
  };
  target.document.addEventListener('visibilitychange', onVisibility);
  target.addEventListener('pagehide', flush);
  return () => {
    target.document.removeEventListener('visibilitychange', onVisibility);
    target.removeEventListener('pagehide', flush);
  };
}
