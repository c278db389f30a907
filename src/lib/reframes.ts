/**
 * Gentle reframes: a small, local, rule-based matcher for lines of self-talk that keep
 * a hurtful bond in place (taking the blame, excusing the harm). Pure and fast: it runs
 * on every save. No network, no model. A table of patterns, tested in
 * tests/unit/reflect/reframes.test.ts on sentences that should and should not match.
 *
 * Text is lower-cased, apostrophes straightened, and split into sentences. A match is
 * dropped when the words just before it (back to a comma or "but") turn it around:
 * "I used to think it was my fault", "I don't believe he didn't mean it", or when it
 * reports what someone else said ("he told me it was my fault").
 */

import { firstPatternEs } from './reframesEs';

export type { ReframeKind, ReframePattern } from './reframeTypes';
import type { ReframePattern } from './reframeTypes';

export interface ReframeMatch {
  pattern: ReframePattern;
  /** The sentence it was found in, as written (shortened if long). */
  quote: string;
}

const SUBJ =
  '(?:he|she|they|my (?:partner|ex|husband|wife|boyfriend|girlfriend|mum|mom|dad|father|mother|boss))';
const OBJ =
  '(?:him|her|them|my (?:partner|ex|husband|wife|boyfriend|girlfriend|mum|mom|dad|father|mother|boss))';
const ADV =
  '(?: (?:really|probably|just|all|only|always|totally|completely|entirely|partly|mostly|honestly|actually|definitely|obviously|somehow|kind of|sort of))*';
const BECAUSE_LOVE =
  "(?:because|cause|'cause|cos) (?:he|she|they) (?:really |truly |just )?(?:loves?|cares?(?: about)?|cared(?: about)?|loved) (?:me|us)\\b";
const BE =
  "(?:'s|'re| is| are| was| were| has been| have been| had been| must have been| must be| will be)";

function rx(source: string): RegExp {
  return new RegExp(source);
}

/** The table. Order matters only for which note comes first. */
export const REFRAME_PATTERNS: readonly ReframePattern[] = [
  {
    id: 'my-fault',
    kind: 'blame',
    name: 'Taking the blame',
    phrase: 'taking the blame',
    about:
      'When someone hurts us, it is common to look for what we did wrong. It can feel safer than accepting that they chose to do it.',
    kinder: 'What they did was their choice. It was not my fault.',
    rules: [
      rx(
        `\\b(?:it|this|that|everything|all of (?:it|this|that)|the (?:fight|argument|row|whole thing))(?: that (?:happened|went wrong))?${BE}${ADV} my (?:own )?fault\\b`,
      ),
      rx(`^(?:all )?my (?:own )?fault\\b`),
      rx(`\\bi(?:'m| am)${ADV} (?:to blame|the (?:problem|reason|one to blame))\\b`),
      rx(`\\bi (?:blame|hate) myself for (?:what|how|the way|making|letting|upsetting|setting)`),
      rx(`\\bi blame myself\\b`),
      rx(`\\b(?:it's|it is|this is|that's|that is) (?:all )?on me\\b`),
    ],
  },
  {
    id: 'made-them',
    kind: 'blame',
    name: 'Carrying their anger',
    phrase: 'carrying their anger',
    about:
      'It can feel as if we cause another person’s anger. How someone acts on their feelings is up to them.',
    kinder: 'Their anger belongs to them. I am not responsible for how they treat me.',
    rules: [
      rx(
        `\\bi${ADV} (?:made|make|got|get|drove|drive) ${OBJ}(?: so| really| very| that)? (?:angry|mad|upset|furious|jealous|crazy|snap|explode|yell|shout|scream|lose (?:his|her|their) temper|hit me|hurt me|do (?:it|that|this)|react like that)\\b`,
      ),
      rx(`\\bi${ADV} (?:provoked|provoke|triggered|trigger|wound up|wind up|set off) ${OBJ}\\b`),
      rx(`\\bi${ADV} (?:set|wound|wind) ${OBJ} (?:off|up)\\b`),
    ],
  },
  {
    id: 'pushed-them',
    kind: 'blame',
    name: 'Taking the blame for what they did',
    phrase: 'taking the blame for what they did',
    about:
      'Feeling that we “pushed” someone to hurt us is a very common thought. Nothing anyone says or does makes harm their only choice.',
    kinder: 'Nothing I said or did made hurting me okay.',
    rules: [
      rx(
        `\\bi${ADV} (?:pushed|push|drove|drive|forced|force|goaded|led) ${OBJ} (?:to it|into it|to do (?:it|that|this)|too far|over the edge|to (?:hit|hurt|yell|shout|scream|snap|grab|shove|push|do that|do what))`,
      ),
      rx(
        `\\bi${ADV} (?:brought (?:it|this|that|all of this) on myself|asked for it|had it coming)\\b`,
      ),
      rx(
        `\\bif (?:only )?i (?:hadn't|had not|had just|had|didn't|did not|wasn't|was not|weren't|had kept|had stayed)\\b.*\\b${SUBJ} (?:wouldn't|would not|would never|never would)(?: have)? (?:hit|hurt|yelled|shouted|screamed|got angry|gotten angry|lost|snapped|pushed|grabbed|done|said|left|cheated)`,
      ),
      rx(
        `\\bi should(?: have|'ve)${ADV} (?:kept (?:quiet|my mouth shut)|known better|shut up|stayed quiet|not (?:said|argued|talked back|answered back|pushed|provoked)|tried harder)\\b`,
      ),
      rx(
        `\\bi shouldn't have (?:argued|talked back|answered back|provoked|pushed ${OBJ}|said anything)\\b`,
      ),
    ],
  },
  {
    id: 'deserved',
    kind: 'blame',
    name: 'Believing you deserved it',
    phrase: 'believing you deserved it',
    about:
      'Being hurt again and again can leave us believing we had it coming. That belief grows from the harm; it is not the truth about us.',
    kinder: 'Nobody deserves to be hurt. I did not deserve it, and I don’t now.',
    rules: [
      rx(
        `\\bi${ADV} (?:deserved|deserve|earned) (?:it|this|that|all of (?:it|this|that))(?=\\s*$|\\s*(?:,|because|after|for|when|anyway|though|really|and|i guess|i think)\\b)`,
      ),
      rx(
        `\\bi${ADV} (?:deserved|deserve|earned) (?:what ${SUBJ} (?:said|did|says|does|called me)|what i got|to be (?:hit|hurt|yelled at|shouted at|screamed at|punished|treated (?:like|that way|this way)|called|left|ignored|hated|spoken to like)|everything ${SUBJ} (?:said|did))`,
      ),
      rx(
        `\\bi${ADV} deserve (?:to be hurt|the way ${SUBJ} (?:treat|treats) me|how ${SUBJ} (?:treat|treats) me)`,
      ),
    ],
  },
  {
    id: 'didnt-mean-it',
    kind: 'excuse',
    name: 'Excusing what hurt you',
    phrase: 'excusing what hurt you',
    about:
      'After harm, we often search for a reason it was not really meant. Whatever they meant, what happened still happened.',
    kinder: 'Whatever they meant, it hurt me, and that matters.',
    rules: [
      rx(
        `\\b${SUBJ}${ADV} (?:didn't|did not|doesn't|does not|don't|do not|never)${ADV} (?:mean|meant) (?:it|that|any harm|anything by it|what (?:he|she|they) said|to (?:hurt|hit|push|scare|upset|frighten|yell|shout|scream|grab|shove|break|throw|call|say|do|be (?:cruel|mean|like that)|make me))\\b`,
      ),
      rx(
        `\\b${SUBJ}${ADV} (?:can't|cannot|couldn't|could not) help (?:it|themselves|himself|herself|the way (?:he|she|they) (?:is|are|was|were))\\b`,
      ),
      rx(
        `\\b${SUBJ}${ADV} (?:didn't|did not|doesn't|does not|don't|do not) know what (?:he was|she was|they were|he's|she's|they're|he is|she is|they are) (?:doing|saying)\\b`,
      ),
      rx(`\\b(?:it|that) was${ADV} the (?:drink|alcohol|drugs|pills|stress|anger)(?: talking)?\\b`),
      rx(
        `\\b${SUBJ}${ADV} (?:only|just) (?:pushed|shoved|grabbed|slapped|hit|kicked|threw|squeezed|shook) (?:me|my \\w+)(?: once| a little| a bit| lightly| one time)?\\b`,
      ),
    ],
  },
  {
    id: 'bad-day',
    kind: 'excuse',
    name: 'Explaining the harm away',
    phrase: 'explaining the harm away',
    about:
      'A hard day, drink or pressure can explain a mood. It does not explain away harm, and it is not ours to carry.',
    kinder: 'A bad day can explain a mood. It does not make hurting me okay.',
    rules: [
      rx(
        `\\b${SUBJ}${BE}?${ADV} (?:only|just) (?:having |had |been having |been )?(?:a (?:bad|rough|hard|long|terrible|awful|stressful|tough) (?:day|week|night|time|month)|tired|drunk|exhausted|hurting|in a (?:bad|foul|dark) (?:mood|place))\\b`,
      ),
      rx(
        `\\b${SUBJ}${ADV} (?:only|just)${ADV} (?:get|gets|got|act|acts|acted|behave|behaves|behaved) (?:like (?:that|this)|that way|this way|angry|mean|nasty) (?:when|because|after) (?:he's|she's|they're|he is|she is|they are|he was|she was|they were|he has|she has|they have|he had|she had|they had) `,
      ),
      rx(
        `\\b${SUBJ}${BE}${ADV} (?:having a (?:bad|rough|hard|terrible|awful) (?:day|week|night)|in a bad mood|drunk|tired)(?:,)? (?:so|that's why|which is why|and that's why) (?:he|she|they) (?:yelled|shouted|screamed|hit|pushed|snapped|said|did|called|grabbed|threw)`,
      ),
    ],
  },
  {
    id: 'because-love',
    kind: 'excuse',
    name: 'Calling the harm love',
    phrase: 'calling the harm love',
    about:
      'Jealousy, control or hurt can be explained as love. Love can be felt and still not be safe.',
    kinder: 'Love should not hurt me. I can want love that feels safe.',
    rules: [
      rx(`\\b${SUBJ}${BE}?${ADV} (?:only|just) (?:[a-z']+ ){0,6}${BECAUSE_LOVE}`),
      rx(
        `\\b${SUBJ}(?:'s|'re| is| are| was| were| gets?| got)?${ADV} (?:jealous|angry|mad|controlling|possessive|protective|like (?:that|this)|(?:does|do|did|says|said|acts?|acted|checks?|checked|reads?) (?:it|that|this|those things|like (?:that|this)|my (?:phone|messages)))(?: [a-z']+){0,3} ${BECAUSE_LOVE}`,
      ),
      rx(`\\b(?:it's|it is|it was)${ADV} ${BECAUSE_LOVE}`),
      rx(`\\bjealousy (?:means|shows|proves) (?:he|she|they) (?:loves?|cares?)\\b`),
      rx(`\\b${SUBJ}${BE}?${ADV} (?:only|just) (?:jealous|protective|possessive|controlling)\\b`),
      rx(
        `\\b${SUBJ}${ADV} (?:does|do|did|says|said) (?:it|that|this|those things) (?:out of|because of) love\\b`,
      ),
    ],
  },
  {
    id: 'it-will-get-better',
    kind: 'excuse',
    name: 'Waiting for it to change',
    phrase: 'waiting for it to change',
    about:
      'Hope that things will go back to the good times is part of what keeps a bond strong. What keeps happening matters as much as what is promised.',
    kinder: 'I can trust what keeps happening, not only what I hope for.',
    rules: [
      rx(
        `\\b${SUBJ}${BE}?${ADV} (?:only|just) (?:stressed|under (?:a lot of |so much )?(?:pressure|stress)|going through (?:a lot|a hard time|a rough patch|something)|overwhelmed)\\b`,
      ),
      rx(
        `\\b(?:he'll|she'll|they'll|he will|she will|they will|he's going to|she's going to|they're going to|he is going to|she is going to|they are going to)${ADV} (?:change|get better|be different|stop|go back to (?:how|the way) (?:he|she|they) (?:was|were))(?=\\s*$|\\s*(?:,|this time|soon|eventually|one day|for me|for us|once|when|if|i know|i'm sure|i just know|again)\\b)`,
      ),
      rx(
        `\\b(?:it|things)(?:'ll| will|'s going to| is going to| are going to| are gonna|'s gonna| is gonna)${ADV} (?:get|be|go back to)${ADV} (?:better|good|normal|fine|the way (?:it|they) (?:was|were))(?: again)? (?:when|once|after|if|as soon as) (?:he|she|they|his|her|their)\\b`,
      ),
    ],
  },
];

const NEGATION =
  /\b(?:not|never|no longer|no|none|nothing|done|quit|don't|do not|didn't|did not|doesn't|does not|isn't|is not|wasn't|was not|can't|cannot|won't|stop|stopped|used to|lie|lies|lied|myth|pretend|pretended|pretending|wrong|untrue|nonsense|anymore)\b/;
const REPORTED =
  /\b(?!i\b)[a-z]+ (?:said|says|told me|tells me|keeps telling me|kept telling me|keeps saying|kept saying|yelled|screamed|shouted|insists|insisted|claims|claimed|thinks|believes|reminded me|reminds me|made me say|makes me say|wants me to (?:think|believe|say))\b/;

/** Lower case, straight apostrophes, plain spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');
}

/** The words before a match back to a comma, dash, quote or "but": where a negation would sit. */
function leadIn(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(' but '),
    before.lastIndexOf(' - '),
    before.lastIndexOf('"'),
    before.lastIndexOf('('),
  );
  return cut >= 0 ? before.slice(cut + 1) : before;
}

function turnedAround(sentence: string, index: number): boolean {
  const lead = leadIn(sentence, index);
  return NEGATION.test(lead) || REPORTED.test(lead);
}

/** Splits into sentences, keeping each one's original text for quoting. */
function sentences(text: string): { original: string; plain: string }[] {
  const parts = text.split(/(?<=[.!?;\n])\s*|\n+/);
  return parts
    .map((original) => original.trim())
    .filter((original) => original.length > 0 && !isQuestion(original))
    .map((original) => ({
      original,
      plain: normalise(original)
        .replace(/[.!?;]+$/, '')
        .trim(),
    }));
}

/** A question is wondering aloud, not a belief: it gets no note. */
function isQuestion(sentence: string): boolean {
  return /\?["'\u201d\u2019)\s]*$/.test(sentence);
}

/** The first pattern found in one sentence, or null. */
export function matchSentence(sentence: string): ReframePattern | null {
  if (isQuestion(sentence.trim())) return null;
  const plain = normalise(sentence)
    .replace(/[.!?;]+$/, '')
    .trim();
  return firstPattern(plain);
}

function firstPattern(plain: string): ReframePattern | null {
  // A sentence longer than this is read only in its first part; the rules stay fast.
  const bounded = plain.length > 2000 ? plain.slice(0, 2000) : plain;
  for (const pattern of REFRAME_PATTERNS) {
    for (const rule of pattern.rules) {
      const found = rule.exec(bounded);
      if (found && !turnedAround(bounded, found.index)) return pattern;
    }
  }
  // Spanish has rules of its own (reframesEs.ts), with its own words for the note.
  return firstPatternEs(bounded);
}

const MAX_QUOTE = 160;
/** Very long entries are read at their start and end only, so a note never makes the entry slow to open. */
const SCAN_EDGE = 25_000;
const MAX_MATCHES = 3;

/** The patterns found in a text, each once, first found first (at most three). */
export function findReframes(text: string): ReframeMatch[] {
  const matches: ReframeMatch[] = [];
  const seen = new Set<string>();
  const scanned =
    text.length > SCAN_EDGE * 2 ? `${text.slice(0, SCAN_EDGE)}\n${text.slice(-SCAN_EDGE)}` : text;
  for (const { original, plain } of sentences(scanned)) {
    const pattern = firstPattern(plain);
    if (!pattern || seen.has(pattern.id)) continue;
    seen.add(pattern.id);
    const quote = original.length > MAX_QUOTE ? `${original.slice(0, MAX_QUOTE)}…` : original;
    matches.push({ pattern, quote });
    if (matches.length >= MAX_MATCHES) break;
  }
  return matches;
}
