/**
 * How Keel's tabs and windows of one browser tell each other things: a BroadcastChannel,
 * or, where there is none, a `storage` event (a key written and at once removed).
 * Messages carry only kinds and ids, never anything the person wrote.
 */

export type TabMessage =
  /** Leave now: hide, drop the journal, go to the exit page. */
  | { type: 'quick-exit' }
  /** The person pressed Lock (or the journal was idle everywhere). */
  | { type: 'lock' }
  /** Someone is using Keel in that tab (sent at most every ACTIVITY_EVERY_MS). */
  | { type: 'activity' }
  /** An entry was written (saved, restored): read it again from storage. */
  | { type: 'entry-saved'; id: string }
  | { type: 'entry-deleted'; id: string }
  /** Which new-entry drafts are open in your tab? */
  | { type: 'drafts-asked' }
  /** These drafts are open in my tab: do not offer them. */
  | { type: 'drafts-open'; ids: string[] }
  /** These drafts are no longer open in my tab (locked, closed): they may be offered. */
  | { type: 'drafts-released'; ids: string[] }
  /** This draft became an entry or was thrown away: forget it. */
  | { type: 'draft-gone'; id: string };

export type TabListener = (message: TabMessage) => void;

export const CHANNEL_NAME = 'keel-tabs';
/** The localStorage key of the fallback: written and removed at once, so it never stays. */
export const STORAGE_KEY = 'keel.tabs';
/** Activity in one tab is told to the others at most this often (the idle lock counts it). */
export const ACTIVITY_EVERY_MS = 10_000;

const ID = /^[\w-]{1,100}$/;
const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);
const isIds = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 1000 && value.every(isId);

/** A message as received, checked; anything else (another version's message, junk) is null. */
export function readMessage(data: unknown): TabMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'quick-exit':
    case 'lock':
    case 'activity':
    case 'drafts-asked':
      return { type: m.type };
    case 'entry-saved':
    case 'entry-deleted':
    case 'draft-gone':
      return isId(m.id) ? { type: m.type, id: m.id } : null;
    case 'drafts-open':
    case 'drafts-released':
      return isIds(m.ids) ? { type: m.type, ids: [...m.ids] } : null;
    default:
      return null;
  }
}

export interface TabChannel {
  /** Sends to every other Keel tab; synchronous, never throws. */
  post(message: TabMessage): void;
  listen(listener: TabListener): () => void;
  close(): void;
}

export interface ChannelOptions {
  /** The BroadcastChannel constructor, or null to use the storage fallback. */
  broadcast?: typeof BroadcastChannel | null;
  storage?: Storage | null;
  /** Where `storage` events arrive. */
  events?: EventTarget;
}

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function openTabChannel(options: ChannelOptions = {}): TabChannel {
  const Broadcast =
    options.broadcast === undefined
      ? typeof BroadcastChannel === 'function'
        ? BroadcastChannel
        : null
      : options.broadcast;
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const events = options.events ?? globalThis;
  const listeners = new Set<TabListener>();
  const deliver = (data: unknown) => {
    const message = readMessage(data);
    if (!message) return;
    for (const listener of listeners) {
      try {
        listener(message);
      } catch (error) {
        console.error(error);
      }
    }
  };

  if (Broadcast) {
    const channel = new Broadcast(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent) => deliver(event.data);
    return {
      post: (message) => {
        try {
          channel.postMessage(message);
        } catch {
          // A closed channel (the page is going): nothing more to tell.
        }
      },
      listen: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => {
        listeners.clear();
        channel.close();
      },
    };
  }

  // The fallback: other documents of this origin get a `storage` event for each change.
  // A counter makes each value new, so the same message twice still fires twice.
  let sent = 0;
  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (key !== STORAGE_KEY || !newValue) return;
    try {
      deliver((JSON.parse(newValue) as { message?: unknown }).message);
    } catch {
      // Not ours, or cut short.
    }
  };
  events.addEventListener('storage', onStorage);
  return {
    post: (message) => {
      if (!storage) return;
      try {
        sent += 1;
        storage.setItem(STORAGE_KEY, JSON.stringify({ n: `${Date.now()}-${sent}`, message }));
        storage.removeItem(STORAGE_KEY);
      } catch {
        // Storage full or off: this tab cannot tell the others.
      }
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      listeners.clear();
      events.removeEventListener('storage', onStorage);
    },
  };
}

let shared: TabChannel | null = null;

/** This page's channel, opened on first use. */
function sharedChannel(): TabChannel {
  shared ??= openTabChannel();
  return shared;
}

/** Tells every other Keel tab and window. Synchronous, never throws, never waits. */
export function tellOtherTabs(message: TabMessage): void {
  sharedChannel().post(message);
}

/** Hears what other Keel tabs and windows tell; returns the function that stops hearing. */
export function hearOtherTabs(listener: TabListener): () => void {
  return sharedChannel().listen(listener);
}

/** Opens the channel now, so the first message (a quick exit) does not pay for it. */
export function openChannelEarly(): void {
  sharedChannel();
}
