/**
 * What the journal does with news from other Keel tabs: an entry saved or deleted there is
 * read again here (the list and an open entry never show a stale copy as current), and
 * drafts open there are not offered here. Only ids travel; text is read from storage.
 */
import { useKeel } from '../../state/store';
import { type TabMessage, tellOtherTabs } from '../../lib/tabChannel';
import * as draftStore from '../../storage/drafts';
import * as entryReads from '../../storage/entryReads';
import { forgetElsewhere, isMine, myDraftIds, notElsewhere, openElsewhere } from './tabDrafts';

/** The open journal's key and epoch, or null when it is not open. */
function openJournal(): { key: CryptoKey; epoch: number } | null {
  const { phase, key, epoch } = useKeel.getState();
  return phase === 'open' && key ? { key, epoch } : null;
}

/** True when the journal was locked or opened again while a read was under way. */
function stale(epoch: number): boolean {
  const { phase, epoch: now } = useKeel.getState();
  return phase !== 'open' || now !== epoch;
}

async function readEntryAgain(id: string): Promise<void> {
  const open = openJournal();
  if (!open) return;
  const stored = await entryReads.readStoredEntry(open.key, id);
  if (stale(open.epoch)) return;
  const state = useKeel.getState();
  if (stored.found === 'entry') state.putEntry(stored.entry);
  else if (stored.found === 'none') state.removeEntry(id);
}

/** A draft row this tab still holds open was removed by another tab: write it back. */
async function keepMyDraft(id: string): Promise<void> {
  const open = openJournal();
  const draft = useKeel.getState().drafts.get(id);
  if (!open || !draft) return;
  await draftStore.saveDraft(open.key, draft);
}

/** Drafts a tab let go of: read them, so this tab can offer them. */
async function readReleased(ids: readonly string[]): Promise<void> {
  const open = openJournal();
  if (!open) return;
  const drafts = await Promise.all(ids.map((id) => draftStore.readDraft(open.key, id)));
  if (stale(open.epoch)) return;
  const state = useKeel.getState();
  for (const draft of drafts) {
    if (draft && draft.entryId === null && !state.drafts.has(draft.id)) state.putDraft(draft);
  }
}

export function onJournalMessage(message: TabMessage): void {
  const report = (error: unknown) => console.error(error);
  switch (message.type) {
    case 'entry-saved':
    case 'entry-deleted':
      void readEntryAgain(message.id).catch(report);
      return;
    case 'drafts-asked': {
      const { drafts } = useKeel.getState();
      const ids = myDraftIds().filter((id) => drafts.get(id)?.entryId === null);
      if (openJournal() && ids.length > 0) tellOtherTabs({ type: 'drafts-open', ids });
      return;
    }
    case 'drafts-open':
      openElsewhere(message.ids);
      return;
    case 'drafts-released':
      notElsewhere(message.ids);
      void readReleased(message.ids).catch(report);
      return;
    case 'draft-gone':
      notElsewhere([message.id]);
      if (isMine(message.id)) void keepMyDraft(message.id).catch(report);
      else useKeel.getState().removeDraft(message.id);
      return;
    default:
      return;
  }
}

/** Each time the journal opens: forget old answers and ask the other tabs what they have open. */
export function askOtherTabsOnOpen(): () => void {
  return useKeel.subscribe((state, before) => {
    if (state.phase === 'open' && state.epoch !== before.epoch) {
      forgetElsewhere();
      tellOtherTabs({ type: 'drafts-asked' });
    }
  });
}
