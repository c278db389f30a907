import { describe, expect, it } from 'vitest';
import { cycle } from '../../../src/features/patterns/cycle';
import { feelingPairs } from '../../../src/features/patterns/feelings';
import { whatFollows } from '../../../src/features/patterns/follows';
import {
  cycleSentences,
  followsSentences,
  liftAfterHarm,
  pairSentence,
} from '../../../src/features/patterns/words';
import { ANXIETY, APOLOGY, at, entry, FEAR, HARM } from './data';

const TODAY = at(2026, 11, 20);

/** Harm on 1 and 10 November, a better mood on the days after, and lower days between. */
const afterHarmLift = [
  entry(at(2026, 11, 1), { mood: 1, events: [HARM] }),
  entry(at(2026, 11, 2), { mood: 4, events: [APOLOGY] }),
  entry(at(2026, 11, 3), { mood: 4 }),
  entry(at(2026, 11, 6), { mood: 2 }),
  entry(at(2026, 11, 7), { mood: 2 }),
  entry(at(2026, 11, 10), { mood: 1, events: [HARM] }),
  entry(at(2026, 11, 11), { mood: 5, events: [APOLOGY] }),
  entry(at(2026, 11, 15), { mood: 3 }),
];

describe('the words of What follows what', () => {
  it('says the window and the days with a mood in words that cannot be mixed up', () => {
    const lines = followsSentences(whatFollows(afterHarmLift, HARM, 3, TODAY), 'Harm or incident');
    expect(lines).toEqual([
      'You noted “Harm or incident” on 2 days.',
      'In the 3 days after each time, your mood was 4.3 out of 5 on average (you noted it on 3 of those days).',
      'On other days, your mood was 2.3 out of 5 on average (you noted it on 3 of them).',
    ]);
    expect(lines.join(' ')).not.toMatch(/days? with a mood/);
  });

  it('speaks of the day after when the window is one day', () => {
    const lines = followsSentences(whatFollows(afterHarmLift, HARM, 1, TODAY), 'Harm or incident');
    expect(lines[1]).toBe(
      'On the day after each time, your mood was 4.5 out of 5 on average (you noted it on 2 of those days).',
    );
  });

  it('notices a lift in mood after harm, and only after harm', () => {
    expect(liftAfterHarm(whatFollows(afterHarmLift, HARM, 3, TODAY), HARM)).toBe(true);
    expect(liftAfterHarm(whatFollows(afterHarmLift, APOLOGY, 3, TODAY), HARM)).toBe(false);
    const lower = [
      entry(at(2026, 11, 1), { mood: 3, events: [HARM] }),
      entry(at(2026, 11, 2), { mood: 1 }),
      entry(at(2026, 11, 9), { mood: 4 }),
    ];
    expect(liftAfterHarm(whatFollows(lower, HARM, 3, TODAY), HARM)).toBe(false);
  });

  it('says feelings that come together plainly', () => {
    const pairs = feelingPairs(
      [
        entry(at(2026, 11, 1), { feelings: [FEAR, ANXIETY] }),
        entry(at(2026, 11, 2), { feelings: [FEAR, ANXIETY] }),
      ],
      TODAY,
    );
    const name = (id: string) => (id === FEAR ? 'Fear' : 'Anxiety');
    expect(pairSentence(pairs[0]!, name)).toBe(
      'You noted Fear and Anxiety in the same entry twice.',
    );
  });

  it('tells the quieter time of the cycle without statistics words', () => {
    const lines = cycleSentences(cycle(afterHarmLift, TODAY, 3));
    expect(lines.join(' ')).toContain(
      'The quieter time between an apology and the next harm usually lasted about 8 days.',
    );
    expect(lines.join(' ')).not.toContain('middle value');
  });
});
