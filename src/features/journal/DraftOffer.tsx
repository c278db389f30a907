import { useId, useMemo } from 'react';
import { useKeel } from '../../state/store';
import type { Draft } from '../../storage/types';
import { continueDraft } from './actions';
import { formatDateTime } from '../../lib/dates';
import { offeredDrafts, useDraftsElsewhere } from './tabDrafts';

/** First words of a draft, to tell several apart. */
function firstWords(draft: Draft): string {
  const text = draft.text.trim().replace(/\s+/g, ' ');
  if (text === '') return 'No words yet';
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function Offered({ draft }: { draft: Draft }) {
  const id = useId();
  return (
    <li>
      <span id={id}>
        {formatDateTime(draft.createdAt)}: {firstWords(draft)}
      </span>{' '}
      <button
        type="button"
        className="link"
        aria-describedby={id}
        onClick={() => continueDraft(draft.id)}
      >
        Continue writing
      </button>
    </li>
  );
}

/**
 * Unfinished new entries kept as drafts: this tab's own and those left by closed tabs,
 * never one still open in another tab.
 */
export function DraftOffer() {
  const drafts = useKeel((s) => s.drafts);
  const elsewhere = useDraftsElsewhere((s) => s.ids);
  const offered = useMemo(() => offeredDrafts(drafts.values(), elsewhere), [drafts, elsewhere]);
  const only = offered[0];
  if (!only) return null;
  if (offered.length === 1) {
    return (
      <p className="draft-note">
        An entry you started is kept as a draft.{' '}
        <button type="button" className="link" onClick={() => continueDraft(only.id)}>
          Continue writing
        </button>
      </p>
    );
  }
  return (
    <div className="draft-note">
      <p>{offered.length} entries you started are kept as drafts.</p>
      <ul>
        {offered.map((draft) => (
          <Offered key={draft.id} draft={draft} />
        ))}
      </ul>
    </div>
  );
}
