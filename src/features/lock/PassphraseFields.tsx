import { type ReactNode, useId } from 'react';
import { NO_SAVE } from '../../ui/noSave';
import { estimateStrength } from './strength';
import { useT } from '../../ui/i18n/i18n';

export interface Passphrases {
  current: string;
  next: string;
  again: string;
}

export const NO_PASSPHRASES: Passphrases = { current: '', next: '', again: '' };

interface Props {
  /** The fields' names, as screen readers say them. */
  names: Passphrases;
  values: Passphrases;
  onChange(values: Passphrases): void;
  askCurrent: boolean;
  /** False when only the current passphrase is asked for (removing it). */
  askNew?: boolean;
  /** Under the new passphrase: a kind estimate of its strength as it is typed. */
  strengthHint?: string;
  /** Said under the fields: why to refuse the browser's offer to save them. */
  hint: ReactNode;
}

/**
 * The passphrase fields of a form: the current one, a new one and the new one again, each
 * kept out of browsers' and password managers' memory (ui/noSave.ts).
 */
export function PassphraseFields({
  names,
  values,
  onChange,
  askCurrent,
  askNew = true,
  strengthHint,
  hint,
}: Props) {
  const { t } = useT();
  const strengthId = useId();
  const field = (name: keyof Passphrases, describedBy?: string) => (
    <label className="field">
      <span>{names[name]}</span>
      <input
        type="password"
        {...NO_SAVE}
        aria-describedby={describedBy}
        value={values[name]}
        onChange={(event) => onChange({ ...values, [name]: event.target.value })}
      />
    </label>
  );
  const strength =
    strengthHint !== undefined && values.next !== '' ? estimateStrength(values.next, t) : null;
  return (
    <>
      {askCurrent && field('current')}
      {askNew && (
        <>
          {field('next', strengthHint === undefined ? undefined : strengthId)}
          {strengthHint !== undefined && (
            <p id={strengthId} className="hint" aria-live="polite">
              {strength ? strength.message : strengthHint}
            </p>
          )}
          {field('again')}
          <p className="hint">{hint}</p>
        </>
      )}
    </>
  );
}
