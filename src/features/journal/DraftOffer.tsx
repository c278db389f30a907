import { useId, useMemo } from 'react';
import { useKeel } from '../../state/store';
import type { Draft } from '../../storage/types';
import { continueDraft } from './newEntry';
import { formatDateTime } from '../../lib/dates';
import { type Translate, useT } from '../../ui/i18n/i18n';
import type { FirstKey } from '../../ui/i18n/messages/en';
import { offeredDrafts, useDraftsElsewhere } from './tabDrafts';

/** First words of a draft, to tell several apart. */
function firstWords(draft: Draft, t: Translate<FirstKey>): string {
  const text = draft.text.trim().replace(/\s+/g, ' ');
  if (text === '') return t('drafts.noWords');
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function Offered({ draft }: { draft: Draft }) {
  const { t, locale } = useT('first');
  const id = useId();
  return (
    <li>
      <span id={id}>
        {t('drafts.started', {
          when: formatDateTime(draft.createdAt, locale),
          words: firstWords(draft, t),
        })}
      </span>{' '}
      <button
        type="button"
        className="link"
        aria-describedby={id}
        onClick={() => continueDraft(draft.id)}
      >
        {t('drafts.continue')}
      </button>
    </li>
  );
}

/**
 * Unfinished new entries kept as drafts: this tab's own and those left by closed tabs,
 * never one still open in another tab.
 */
export function DraftOffer() {
  const { t } = useT('first');
  const drafts = useKeel((s) => s.drafts);
  const elsewhere = useDraftsElsewhere((s) => s.ids);
  const offered = useMemo(() => offeredDrafts(drafts.values(), elsewhere), [drafts, elsewhere]);
  const only = offered[0];
  if (!only) return null;
  if (offered.length === 1) {
    return (
      <p className="draft-note">
        {t('drafts.one')}{' '}
        <button type="button" className="link" onClick={() => continueDraft(only.id)}>
          {t('drafts.continue')}
        </button>
      </p>
    );
  }
  return (
    <div className="draft-note">
      <p>{t('drafts.many', { count: offered.length })}</p>
      <ul>
        {offered.map((draft) => (
          <Offered key={draft.id} draft={draft} />
        ))}
      </ul>
    </div>
  );
}
