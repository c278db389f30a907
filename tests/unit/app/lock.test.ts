import { describe, expect, it } from 'vitest';
import { lockJournal } from '../../../src/app/lock';
import { openJournal } from '../../../src/app/start';
import { useKeel } from '../../../src/state/store';
import { loadJournal } from '../../../src/storage/entryReads';
import { blankDraft } from '../../../src/features/journal/newEntry';
import { hasPendingDraft, scheduleDraftSave } from '../../../src/features/journal/autosave';
import { openVault } from '../../../src/state/openVault';
import { freshDatabase } from '../helpers';

describe('locking the journal', () => {
  it('keeps what was just typed as a draft, then drops the key and everything decrypted', async () => {
    freshDatabase();
    const opening = await openVault();
    if (opening.state !== 'open') throw new Error('expected an open vault');
    await openJournal(opening.key);
    const draft = { ...blankDraft(Date.now()), text: 'the last words before the door opened' };
    useKeel.getState().putDraft(draft);
    scheduleDraftSave(opening.key, draft);

    await lockJournal();

    const state = useKeel.getState();
    expect(state.phase).toBe('locked');
    expect(state.key).toBeNull();
    expect(state.drafts.size).toBe(0);
    expect(state.entries.size).toBe(0);
    expect(hasPendingDraft()).toBe(false);
    const stored = await loadJournal(opening.key);
    expect(stored.drafts.find((d) => d.id === draft.id)?.text).toBe(
      'the last words before the door opened',
    );
  });
});
