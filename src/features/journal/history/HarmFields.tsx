import { useState } from 'react';
import type { HarmDetails } from '../../../storage/types';
import { isTooLong } from '../../../storage/limits';
import { useT } from '../../../ui/i18n/i18n';
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
  const { t } = useT();
  const [openAtFirst] = useState(() => cleanHarm(harm) !== undefined);
  const characters = (count: number) => t('harm.characters', { count });
  return (
    <details className="harm-fields" open={openAtFirst}>
      <summary>{t('harm.summary')}</summary>
      <p className="hint">{t('harm.hint')}</p>
      {HARM_FIELDS.map(({ field, limit }) => {
        const value = harm?.[field] ?? '';
        const set = (text: string) => {
          const next: HarmDetails = { ...harm, [field]: text };
          if (text === '') delete next[field];
          onChange(next);
        };
        return (
          <label key={field} className="field">
            <span>{t(`harm.${field}`)}</span>
            {field === 'reportNumber' || field === 'place' ? (
              <input type="text" value={value} onChange={(event) => set(event.target.value)} />
            ) : (
              <textarea rows={2} value={value} onChange={(event) => set(event.target.value)} />
            )}
            {isTooLong(value, limit) && (
              <small className="problem">
                {t('harm.tooLong', {
                  over: characters(value.length - limit),
                  limit: characters(limit),
                })}
              </small>
            )}
          </label>
        );
      })}
    </details>
  );
}
