/**
 * The self-check: signs people in a hurtful bond often notice, written as statements
 * to rate. For reflection only, never a diagnosis, and never added up into a score.
 * Sign ids are stored inside encrypted check-ins: never reuse or renumber them.
 */
import type { SignRating } from '../db/careTypes';

export interface Sign {
  id: string;
  statement: string;
}

export const SIGNS: readonly Sign[] = [
  { id: 's01', statement: 'I feel unable to leave, even though I know it hurts me.' },
  { id: 's02', statement: 'I plan my days around not upsetting them.' },
  { id: 's03', statement: 'I feel on edge, watchful, when they are near.' },
  { id: 's04', statement: 'I find myself explaining away or defending how they treat me.' },
  { id: 's05', statement: 'I keep what happens from friends or family.' },
  { id: 's06', statement: 'I feel it is up to me to fix them, or to fix us.' },
  { id: 's07', statement: 'I blame myself when things go wrong between us.' },
  { id: 's08', statement: 'I have drifted from people I care about, or they from me.' },
  { id: 's09', statement: 'I feel only this person can give me what I need.' },
  { id: 's10', statement: 'Being without them feels like a craving I can’t shake.' },
  { id: 's11', statement: 'A small kindness from them can make me feel overjoyed.' },
  { id: 's12', statement: 'Things between us swing from very good to very bad.' },
  { id: 's13', statement: 'I have been lied to again and again.' },
  { id: 's14', statement: 'I have lost touch with what I want and who I am.' },
  { id: 's15', statement: 'My own limits keep getting pushed aside.' },
  { id: 's16', statement: 'People who care about me have said they are worried.' },
];

export const RATINGS: readonly { value: SignRating; label: string }[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Sometimes' },
  { value: 2, label: 'Often' },
];

export function ratingLabel(rating: SignRating): string {
  return RATINGS.find((r) => r.value === rating)?.label ?? '';
}

export interface SignChange {
  sign: Sign;
  from: SignRating;
  to: SignRating;
}

export interface CheckComparison {
  /** Signs that feel less present now. */
  eased: SignChange[];
  /** Signs that feel more present now. */
  grown: SignChange[];
  /** How many signs were answered both times and stayed the same. */
  same: number;
}

/**
 * What changed between two check-ins, sign by sign. Only signs answered both times are
 * compared; nothing is summed or labelled.
 */
export function compareChecks(
  earlier: Record<string, SignRating>,
  later: Record<string, SignRating>,
): CheckComparison {
  const result: CheckComparison = { eased: [], grown: [], same: 0 };
  for (const sign of SIGNS) {
    const from = earlier[sign.id];
    const to = later[sign.id];
    if (from === undefined || to === undefined) continue;
    if (to < from) result.eased.push({ sign, from, to });
    else if (to > from) result.grown.push({ sign, from, to });
    else result.same += 1;
  }
  return result;
}
