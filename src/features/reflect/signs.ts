/**
 * The self-check: signs people in a hurtful bond often notice, written as statements
 * to rate. For reflection only, never a diagnosis, and never added up into a score.
 * Sign ids are stored inside encrypted check-ins: never reuse or renumber them.
 */
import type { SignRating } from '../../storage/reflectSafetyTypes';

export interface Sign {
  id: string;
  statement: string;
  /**
   * For the signs advocates treat as most serious: a calm sentence about it, shown when it
   * is noted. Never a score or a verdict.
   */
  safety?: string;
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

/**
 * Signs that people who support others through this treat as most serious. Asked in their
 * own group, after the others; "sometimes" here can mean even once.
 */
export const SAFETY_SIGNS: readonly Sign[] = [
  {
    id: 's17',
    statement: 'They have threatened to kill me, or someone close to me.',
    safety:
      'A threat to kill is taken very seriously by people who help, even when it was said in anger or taken back later.',
  },
  {
    id: 's18',
    statement: 'They have put their hands on my neck, choked or strangled me.',
    safety:
      'Being choked or strangled, even once and even with no marks left, is one of the clearest warnings advocates know. A doctor can check for harm that does not show.',
  },
  {
    id: 's19',
    statement: 'They have a gun or another weapon, or have threatened me with one.',
    safety: 'A weapon close at hand makes any moment of anger more dangerous.',
  },
  {
    id: 's20',
    statement: 'They follow me, watch me, or turn up where I am without being asked.',
    safety:
      'Being followed, watched or turned up on is serious, and it often grows. Writing down each time, with the date, can help later.',
  },
  {
    id: 's21',
    statement: 'What they do to me is getting worse, or happening more often.',
    safety:
      'When harm comes more often or grows heavier, that change matters, and it is worth talking through with someone who knows about this.',
  },
  {
    id: 's22',
    statement: 'They have threatened to end their own life, for example if I leave.',
    safety:
      'A threat to end their own life is serious, and it can be a way of holding someone in place. Their safety is not yours to carry alone.',
  },
  {
    id: 's23',
    statement: 'They have hurt or threatened my children or my pets.',
    safety:
      'Harm or threats to children or pets are taken very seriously, and advocates can help think about their safety too.',
  },
];

/** Every statement of the check-in, in the order it is asked. */
export const ALL_SIGNS: readonly Sign[] = [...SIGNS, ...SAFETY_SIGNS];

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
