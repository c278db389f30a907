import { describe, expect, it } from 'vitest';
import { openJournal } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { loadJournal } from '../../../src/storage/entryReads';
import { saveEntry } from '../../../src/storage/writes';
import type { Entry } from '../../../src/storage/types';
import { flushDraftSave, scheduleDraftSave } from '../../../src/features/journal/autosave';
import { commitDraft, keepBoth } from '../../../src/features/journal/actions';
import { blankDraft, draftFromEntry, startNewEntry } from '../../../src/features/journal/newEntry';
import { SaveConflictError } from '../../../src/features/journal/conflict';
import { openElsewhere, useDraftsElsewhere } from '../../../src/features/journal/tabDrafts';
import { openVault } from '../../../src/state/openVault';
import { freshDatabase } from '../helpers';

async function openFresh(): Promise<CryptoKey> {
  freshDatabase();
  useDraftsElsewhere.setState({ ids: new Set() });
  const opening = await openVault();
  if (opening.state !== 'open') throw new Error('expected an open vault');
  await openJournal(opening.key);
  return opening.key;
}

const first: Entry = {
  id: 'e1',
  createdAt: 1_000,
  updatedAt: 5_000,
  happenedAt: 1_000,
  text: 'what I wrote first',
  mood: null,
  feelings: [],
  events: [],
};

async function storedTexts(key: CryptoKey): Promise<string[]> {
  return (await loadJournal(key)).entries.map((e) => e.text).sort();
}

describe('two tabs editing one entry', () => {
  it('does not save over words another tab stored since the edit began, even if this tab never heard', async () => {
    const key = await openFresh();
    await saveEntry(key, first);
    useKeel.getState().putEntry(first);
    const mine = { ...draftFromEntry(first, Date.now()), text: 'this tab’s version' };
    // The other tab saves straight to storage; this tab's memory still holds the first copy.
    await saveEntry(key, { ...first, updatedAt: 6_000, text: 'the other tab’s version' });

    const saving = commitDraft(mine);
    await expect(saving).rejects.toBeInstanceOf(SaveConflictError);
    const conflict = ((await saving.catch((e: unknown) => e)) as SaveConflictError).conflict;
    expect(conflict).toMatchObject({
      kind: 'changed',
      stored: { text: 'the other tab’s version' },
    });
    expect(await storedTexts(key)).toEqual(['the other tab’s version']);

    await keepBoth(mine, conflict);
    expect(await storedTexts(key)).toEqual(['the other tab’s version', 'this tab’s version']);
    expect(useKeel.getState().entries.get('e1')?.text).toBe('the other tab’s version');
    expect(useKeel.getState().entries.size).toBe(2);
  });

  it('"Use this version" saves over the version the person was shown', async () => {
    const key = await openFresh();
    await saveEntry(key, first);
    const mine = { ...draftFromEntry(first, Date.now()), text: 'mine wins' };
    await saveEntry(key, { ...first, updatedAt: 6_000, text: 'theirs' });
    const conflict = ((await commitDraft(mine).catch((e: unknown) => e)) as SaveConflictError)
      .conflict;
    await commitDraft(mine, conflict);
    expect(await storedTexts(key)).toEqual(['mine wins']);
  });

  it('saves an edit as before when nothing else changed the entry', async () => {
    const key = await openFresh();
    await saveEntry(key, first);
    const saved = await commitDraft({ ...draftFromEntry(first, Date.now()), text: 'edited' });
    expect(saved.id).toBe('e1');
    expect(await storedTexts(key)).toEqual(['edited']);
  });
});

describe('two tabs writing new entries', () => {
  it('gives each new entry its own draft, so saving one keeps the other', async () => {
    const key = await openFresh();
    const here = blankDraft(Date.now());
    const there = blankDraft(Date.now());
    expect(here.id).not.toBe(there.id);
    const theirs = { ...there, text: 'half a thought in the other tab' };
    scheduleDraftSave(key, theirs);
    await flushDraftSave();

    await commitDraft({ ...here, text: 'saved in this tab' });

    const stored = await loadJournal(key);
    expect(stored.drafts.map((d) => d.text)).toEqual(['half a thought in the other tab']);
    expect(stored.entries.map((e) => e.text)).toEqual(['saved in this tab']);
  });

  it('New entry continues a draft left by a closed tab, but not one open in another tab', async () => {
    await openFresh();
    const left = { ...blankDraft(1_000), text: 'left by a closed tab' };
    const open = { ...blankDraft(2_000), text: 'open in another tab' };
    useKeel.getState().putDraft(left);
    useKeel.getState().putDraft(open);
    openElsewhere([open.id]);

    startNewEntry();
    expect(useKeel.getState().editingDraftId).toBe(left.id);
  });

  it('New entry starts a blank draft of its own when the only one is open in another tab', async () => {
    await openFresh();
    const open = { ...blankDraft(2_000), text: 'open in another tab' };
    useKeel.getState().putDraft(open);
    openElsewhere([open.id]);

    startNewEntry();
    const editing = useKeel.getState().editingDraftId as string;
    expect(editing).not.toBe(open.id);
    expect(useKeel.getState().drafts.get(editing)?.text).toBe('');
  });
});
