/**
 * Owns draft autosaving. Each change is sealed (encrypted) at once, which takes about a
 * millisecond, but written only after a short pause in typing. When the page is hidden
 * or closed, the newest sealed draft is written straight away: encryption is async and
 * a closing page gives no time to wait for it, so it must already be done.
 * Quick exit never waits on any of this. The state lives in the open journal's session.
 */
import { putSealedDraft, sealDraft } from '../../storage/drafts';
import type { SealedRow } from '../../storage/schema';
import type { Draft } from '../../storage/types';
import { currentSession, type Session, type SessionOwned, sessionPart } from '../../state/session';

export const AUTOSAVE_DELAY_MS = 600;

type Result = { ok: true } | { ok: false; error: unknown };
type Listener = (result: Result) => void;

/** The editors listening (they show a kind message when a save fails); not session data. */
const listeners = new Set<Listener>();

function notify(result: Result): void {
  for (const listener of listeners) listener(result);
}

/** Hears whether each autosave worked (the editor shows a kind message when not). */
export function onAutosave(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** One session's autosave: its timer and its newest sealed draft. */
class DraftAutosave implements SessionOwned {
  /** Numbers each change so that an older seal never overwrites a newer one. */
  private changeCount = 0;
  private newestSealed: { change: number; row: SealedRow } | null = null;
  private newestWritten = 0;
  private sealing: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private ended = false;

  constructor(private readonly session: Session) {}

  schedule(key: CryptoKey, draft: Draft): void {
    const change = ++this.changeCount;
    this.sealing = sealDraft(key, draft).then(
      (row) => {
        if (change === this.changeCount || (this.newestSealed?.change ?? 0) < change) {
          this.newestSealed = { change, row };
        }
      },
      (error: unknown) => notify({ ok: false, error }),
    );
    this.session.clearTimeout(this.timer);
    this.timer = this.session.setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Starts writing the newest sealed draft, if it is not written yet. Synchronous start. */
  private writeNewestSealed(): Promise<void> {
    const next = this.newestSealed;
    if (!next || next.change <= this.newestWritten) return this.writing;
    this.newestWritten = next.change;
    this.writing = putSealedDraft(next.row).then(
      () => notify({ ok: true }),
      (error: unknown) => {
        if (this.newestWritten === next.change) this.newestWritten = 0; // let the next flush retry
        notify({ ok: false, error });
      },
    );
    return this.writing;
  }

  async flush(): Promise<void> {
    this.session.clearTimeout(this.timer);
    this.timer = null;
    this.writeNewestSealed();
    await this.sealing;
    await this.writeNewestSealed();
  }

  cancel(): void {
    this.session.clearTimeout(this.timer);
    this.timer = null;
    this.changeCount += 1;
    this.newestSealed = null;
    this.newestWritten = this.changeCount;
  }

  hasPending(): boolean {
    if (this.ended) return false;
    const unwritten = this.newestSealed !== null && this.newestSealed.change > this.newestWritten;
    return this.timer !== null || unwritten;
  }

  /**
   * The session ended: its timer is already cleared. A flush begun by the lock goes on with
   * the sealed row it holds (ciphertext only); nothing new is scheduled here again.
   */
  dispose(): void {
    this.ended = true;
    this.timer = null;
  }
}

const AUTOSAVE = sessionPart('draft autosave', (session) => new DraftAutosave(session));

function autosave(): DraftAutosave | null {
  return currentSession()?.part(AUTOSAVE) ?? null;
}

/** Seals the draft now and writes it after a pause in typing (nothing while locked). */
export function scheduleDraftSave(key: CryptoKey, draft: Draft): void {
  autosave()?.schedule(key, draft);
}

/** Writes the newest draft now. Resolves when it is written (or has failed). */
export function flushDraftSave(): Promise<void> {
  return autosave()?.flush() ?? Promise.resolve();
}

/** Forgets any unwritten draft (after a save; a lock ends the whole session instead). */
export function cancelDraftSave(): void {
  autosave()?.cancel();
}

export function hasPendingDraft(): boolean {
  return autosave()?.hasPending() ?? false;
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
