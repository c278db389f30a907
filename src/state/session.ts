/**
 * The session: everything that exists only while the journal is open, in one object. The
 * store's open() starts one; lock, quick exit, Delete everything and a newer tab's upgrade
 * end it with one call (dropJournal in app/lock.ts, which calls endSession). After that,
 * nothing of it answers: no key, no parts, no timers.
 *
 * Where new session state goes: never a module-level variable. Define a part beside the
 * code that uses it, and reach it through the current session:
 *
 *   const NOTES = sessionPart('notes', () => ({ seen: new Set<string>(), dispose() {} }));
 *   currentSession()?.part(NOTES).seen.add(id);
 *
 * The session makes the part on first use and disposes of it with everything else (its
 * flush, if it has one, runs first on a lock). Timers that must not outlive the journal use
 * session.setTimeout. See docs/design.md, "The session".
 */

/** Something the session holds and lets go of when it ends. */
export interface SessionOwned {
  /**
   * Starts writing what is still waiting (lock, quick exit): the write must take the key
   * before this returns, as the key is gone right after. Settles when the write has.
   */
  flush?(): Promise<void>;
  /** Lets go of everything: decrypted data, timers, answers. Called once, at the end. */
  dispose(): void;
}

/** A kind of session state: made on first use in each session, disposed when it ends. */
export interface SessionPart<T extends SessionOwned> {
  readonly name: string;
  readonly create: (session: Session) => T;
}

export function sessionPart<T extends SessionOwned>(
  name: string,
  create: (session: Session) => T,
): SessionPart<T> {
  return { name, create };
}

type Timer = ReturnType<typeof setTimeout>;

/** What to do with writes still waiting when the session ends. */
export type Pending = 'flush' | 'discard';

export class Session {
  #key: CryptoKey | null;
  #ended = false;
  readonly #parts = new Map<SessionPart<SessionOwned>, SessionOwned>();
  readonly #owned = new Set<SessionOwned>();
  readonly #timers = new Set<Timer>();

  constructor(key: CryptoKey) {
    this.#key = key;
  }

  /** The data key, or null once the session has ended. */
  get key(): CryptoKey | null {
    return this.#key;
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** After a re-key: every later write seals with the new key. */
  replaceKey(key: CryptoKey): void {
    if (!this.#ended) this.#key = key;
  }

  /** This session's part, made on first use. */
  part<T extends SessionOwned>(part: SessionPart<T>): T {
    if (this.#ended) throw new Error(`The session has ended (${part.name})`);
    let value = this.#parts.get(part);
    if (!value) {
      value = part.create(this);
      this.#parts.set(part, value);
    }
    return value as T;
  }

  /**
   * Holds something whose life is shorter than the session's (a mounted editor's pending
   * save) until the returned function lets it go.
   */
  own(thing: SessionOwned): () => void {
    if (this.#ended) return () => undefined;
    this.#owned.add(thing);
    return () => this.#owned.delete(thing);
  }

  /** A timer that the end of the session clears. */
  setTimeout(run: () => void, ms: number): Timer {
    const timer: Timer = setTimeout(() => {
      this.#timers.delete(timer);
      run();
    }, ms);
    if (this.#ended) clearTimeout(timer);
    else this.#timers.add(timer);
    return timer;
  }

  clearTimeout(timer: Timer | null | undefined): void {
    if (timer === null || timer === undefined) return;
    clearTimeout(timer);
    this.#timers.delete(timer);
  }

  /**
   * Ends the session: with 'flush', every waiting write starts first (each takes the key
   * now; the promise settles when they all have, and never rejects); then the key, every
   * part and every timer are dropped at once. A second call does nothing.
   */
  end(pending: Pending): Promise<void> {
    if (this.#ended) return Promise.resolve();
    const everything = [...this.#parts.values(), ...this.#owned];
    const written =
      pending === 'flush'
        ? Promise.allSettled(everything.map(startFlush)).then(() => undefined)
        : Promise.resolve();
    this.#ended = true;
    this.#key = null;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#parts.clear();
    this.#owned.clear();
    for (const thing of everything) {
      try {
        thing.dispose();
      } catch (error) {
        console.error(error); // one part failing to let go must not keep the others
      }
    }
    return written;
  }
}

function startFlush(thing: SessionOwned): Promise<void> {
  try {
    return thing.flush?.() ?? Promise.resolve();
  } catch (error) {
    return Promise.reject(error);
  }
}

let current: Session | null = null;

/** The open journal's session, or null when it is locked, closed or not yet open. */
export function currentSession(): Session | null {
  return current;
}

/** Starts a session for a freshly opened journal (ending any earlier one, discarding). */
export function startSession(key: CryptoKey): Session {
  void endSession('discard');
  current = new Session(key);
  return current;
}

/** Ends the current session, if any (see Session.end). */
export function endSession(pending: Pending): Promise<void> {
  const session = current;
  if (!session) return Promise.resolve();
  try {
    // Still current while the flushes start: each write takes the key as it begins.
    return session.end(pending);
  } finally {
    current = null;
  }
}
