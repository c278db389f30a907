import { afterEach, describe, expect, it } from 'vitest';
import {
  openTabChannel,
  readMessage,
  STORAGE_KEY,
  type TabChannel,
  type TabMessage,
} from '../../../src/lib/tabChannel';

const opened: TabChannel[] = [];
function open(...args: Parameters<typeof openTabChannel>): TabChannel {
  const channel = openTabChannel(...args);
  opened.push(channel);
  return channel;
}

afterEach(() => {
  for (const channel of opened.splice(0)) channel.close();
});

function nextMessage(channel: TabChannel): Promise<TabMessage> {
  return new Promise((resolve) => {
    const stop = channel.listen((message) => {
      stop();
      resolve(message);
    });
  });
}

describe('the tab channel', () => {
  it('carries a quick exit from one tab to another over a BroadcastChannel', async () => {
    const first = open();
    const second = open();
    const heard = nextMessage(second);
    first.post({ type: 'quick-exit' });
    expect(await heard).toEqual({ type: 'quick-exit' });
  });

  it('carries entry ids, and no tab hears its own messages', async () => {
    const first = open();
    const second = open();
    const ownEars: TabMessage[] = [];
    first.listen((message) => ownEars.push(message));
    const heard = nextMessage(second);
    first.post({ type: 'entry-saved', id: 'abc-123' });
    expect(await heard).toEqual({ type: 'entry-saved', id: 'abc-123' });
    expect(ownEars).toEqual([]);
  });

  it('falls back to a storage event where there is no BroadcastChannel, leaving nothing stored', () => {
    const stored = new Map<string, string>();
    const written: string[] = [];
    const storage = {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => {
        written.push(value);
        stored.set(key, value);
      },
      removeItem: (key: string) => stored.delete(key),
    } as unknown as Storage;
    const events = new EventTarget();
    const sender = open({ broadcast: null, storage, events: new EventTarget() });
    const receiver = open({ broadcast: null, storage, events });
    const heard: TabMessage[] = [];
    receiver.listen((message) => heard.push(message));

    sender.post({ type: 'lock' });
    expect(stored.size).toBe(0);
    expect(written).toHaveLength(1);
    // What the browser does in every other tab of the origin: a storage event for the write...
    events.dispatchEvent(
      new StorageEvent('storage', { key: STORAGE_KEY, newValue: written[0] as string }),
    );
    // ...and one for the removal, which says nothing.
    events.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: null }));
    expect(heard).toEqual([{ type: 'lock' }]);
  });

  it('sends the same message twice as two storage changes', () => {
    const values: string[] = [];
    const storage = {
      setItem: (_key: string, value: string) => values.push(value),
      removeItem: () => undefined,
    } as unknown as Storage;
    const sender = open({ broadcast: null, storage, events: new EventTarget() });
    sender.post({ type: 'activity' });
    sender.post({ type: 'activity' });
    expect(values).toHaveLength(2);
    expect(values[0]).not.toBe(values[1]);
  });

  it('ignores messages it does not know, and any that would carry more than ids', () => {
    expect(readMessage(null)).toBeNull();
    expect(readMessage('quick-exit')).toBeNull();
    expect(readMessage({ type: 'open-sesame' })).toBeNull();
    expect(readMessage({ type: 'entry-saved' })).toBeNull();
    expect(readMessage({ type: 'entry-saved', id: 'words with spaces, not an id' })).toBeNull();
    expect(readMessage({ type: 'drafts-open', ids: ['a', 7] })).toBeNull();
    expect(readMessage({ type: 'entry-saved', id: 'x1', text: 'secret' })).toEqual({
      type: 'entry-saved',
      id: 'x1',
    });
    expect(readMessage({ type: 'drafts-open', ids: ['new-1', 'e2'] })).toEqual({
      type: 'drafts-open',
      ids: ['new-1', 'e2'],
    });
  });
});
