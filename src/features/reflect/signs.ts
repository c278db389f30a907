/**
 * The self-check: signs people in a hurtful bond often notice, written as statements
 * to rate. For reflection only, never a diagnosis, and never added up into a score.
 * Sign ids are stored inside encrypted check-ins: never reuse or renumber them.
 */
import type { SignRating } from '../../storage/reflectSafetyTypes';
import type { MessageKey } from '../../ui/i18n/messages/en';

export interface Sign {
  id: string;
  /** The statement's words in the catalogue ('sign.s01'). */
  statement: MessageKey;
  /**
   * For the signs advocates treat as most serious: a calm sentence about it, shown when it
   * is noted. Never a score or a verdict. A catalogue key.
   */
  safety?: MessageKey;
}

export const SIGNS: readonly Sign[] = [
  { id: 's01', statement: 'sign.s01' },
  { id: 's02', statement: 'sign.s02' },
  { id: 's03', statement: 'sign.s03' },
  { id: 's04', statement: 'sign.s04' },
  { id: 's05', statement: 'sign.s05' },
  { id: 's06', statement: 'sign.s06' },
  { id: 's07', statement: 'sign.s07' },
  { id: 's08', statement: 'sign.s08' },
  { id: 's09', statement: 'sign.s09' },
  { id: 's10', statement: 'sign.s10' },
  { id: 's11', statement: 'sign.s11' },
  { id: 's12', statement: 'sign.s12' },
  { id: 's13', statement: 'sign.s13' },
  { id: 's14', statement: 'sign.s14' },
  { id: 's15', statement: 'sign.s15' },
  { id: 's16', statement: 'sign.s16' },
];

/**
 * Signs that people who support others through this treat as most serious. Asked in their
 * own group, after the others; "sometimes" here can mean even once.
 */
export const SAFETY_SIGNS: readonly Sign[] = [
  { id: 's17', statement: 'sign.s17', safety: 'sign.s17.safety' },
  { id: 's18', statement: 'sign.s18', safety: 'sign.s18.safety' },
  { id: 's19', statement: 'sign.s19', safety: 'sign.s19.safety' },
  { id: 's20', statement: 'sign.s20', safety: 'sign.s20.safety' },
  { id: 's21', statement: 'sign.s21', safety: 'sign.s21.safety' },
  { id: 's22', statement: 'sign.s22', safety: 'sign.s22.safety' },
  { id: 's23', statement: 'sign.s23', safety: 'sign.s23.safety' },
];

/** Every statement of the check-in, in the order it is asked. */
export const ALL_SIGNS: readonly Sign[] = [...SIGNS, ...SAFETY_SIGNS];

export const RATINGS: readonly { value: SignRating; label: MessageKey }[] = [
  { value: 0, label: 'check.rating.0' },
  { value: 1, label: 'check.rating.1' },
  { value: 2, label: 'check.rating.2' },
];

/** The rating's words in the catalogue. */
export function ratingLabel(rating: SignRating): MessageKey {
  return RATINGS.find((r) => r.value === rating)?.label ?? 'check.rating.0';
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
  for (const sign of ALL_SIGNS) {
    const from = earlier[sign.id];
    const to = later[sign.id];
    if (from === undefined || to === undefined) continue;
    if (to < from) result.eased.push({ sign, from, to });
    else if (to > from) result.grown.push({ sign, from, to });
    else result.same += 1;
  }
  return result;
}

export interface NotedSign {
  sign: Sign;
  rating: SignRating;
}

export interface CheckReflection {
  /** The statements marked "sometimes" or "often", in the order asked. */
  noted: NotedSign[];
  /** Of those, the ones about safety, each with its calm sentence. */
  safety: NotedSign[];
}

/**
 * What a check-in noted, to give back to the person in their own words: nothing added
 * up, nothing labelled. Ids this version does not know are left out (never an error).
 */
export function reflectOn(answers: Record<string, SignRating>): CheckReflection {
  const noted = ALL_SIGNS.flatMap((sign) => {
    const rating = answers[sign.id];
    return rating === undefined || rating === 0 ? [] : [{ sign, rating }];
  });
  return { noted, safety: noted.filter(({ sign }) => sign.safety !== undefined) };
}
