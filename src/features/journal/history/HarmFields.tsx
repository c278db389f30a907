import { useState } from 'react';
import type { HarmDetails } from '../../../storage/types';
import { isTooLong, tooLongNote } from '../../../storage/limits';
import { cleanHarm, HARM_FIELDS } from '../../../storage/harm';
import './history.css';

interface Props {
  harm: HarmDetails | undefined;
  onChange(harm: HarmDetails): void;
}

/**
 * Optional details of what happened, folded away until opened (open already when some
 * are filled). None is ever required.
 */
export function HarmFields({ harm, onChange }: Props) {
  // Opened at first when some are filled; after that, only the person opens or folds it.
  const [openAtFirst] = useState(() => cleanHarm(harm) !== undefined);
  return (
    <details className="harm-fields" open={openAtFirst}>
      <summary>Details of what happened (optional)</summary>
      <p className="hint">
        If it helps to have them later, for yourself or someone supporting you. Fill in any, or
        none.
      </p>
      {HARM_FIELDS.map(({ field, label, limit }) => {
        const value = harm?.[field] ?? '';
        const set = (text: string) => {
          const next: HarmDetails = { ...harm, [field]: text };
          if (text === '') delete next[field];
          onChange(next);
        };
        return (
          <label key={field} className="field">
            <span>{label}</span>
            {field === 'reportNumber' || field === 'place' ? (
              <input type="text" value={value} onChange={(event) => set(event.target.value)} />
            ) : (
              <textarea rows={2} value={value} onChange={(event) => set(event.target.value)} />
            )}
            {isTooLong(value, limit) && (
              <small className="problem">{tooLongNote(value, limit)}</small>
            )}
          </label>
        );
      })}
    </details>
  );
}
