import { describe, expect, it } from 'vitest';
import { storyFor, storyQuote } from '../../../src/features/patterns/story';
import { at, entry, HARM, LONGING, URGE } from './data';

/** The journal from issue 20, exactly as it was written. */
function issueJournal() {
  const arm = entry(at(2026, 10, 3), {
    mood: 2,
    events: [HARM],
    text: 'He grabbed my arm so hard it left marks. I told him to stop.',
  });
  const phone = entry(at(2026, 10, 9), {
    mood: 2,
    events: [HARM],
    text: 'We argued about money. He threw my phone against the wall.',
  });
  const work = entry(at(2026, 10, 21), {
    mood: 2,
    events: [HARM],
    text: 'He turned up at my work and waited outside until I came out.',
  });
  const blame = entry(at(2026, 11, 2), {
    mood: 1,
    text: 'It was my fault he got angry, I should have been quieter.',
  });
  const neutral = entry(at(2026, 11, 12), { mood: 2, text: 'Tired. Went to bed early.' });
  const longing = entry(at(2026, 11, 19, 23), {
    mood: 2,
    feelings: [LONGING],
    events: [URGE],
    text: 'I miss him so much tonight. Maybe it was not that bad.',
  });
  return {
    arm,
    phone,
    work,
    blame,
    neutral,
    longing,
    all: [arm, phone, work, blame, neutral, longing],
  };
}

describe('choosing the whole story', () => {
  it('at a moment of longing, shows the three entries that note harm, newest first', () => {
    const j = issueJournal();
    expect(storyFor(j.longing, j.all).map((s) => s.entry.id)).toEqual([
      j.work.id,
      j.phone.id,
      j.arm.id,
    ]);
  });

  it('never shows the line of self-blame, even when there is room for it', () => {
    const j = issueJournal();
    const items = storyFor(j.longing, j.all, 5);
    expect(items.map((s) => s.entry.id)).not.toContain(j.blame.id);
    expect(items.map((s) => s.quote).join(' ')).not.toMatch(/my fault|quieter/);
    // The hard day with no blame in it comes after every entry noting harm.
    expect(items.map((s) => s.entry.id)).toEqual([j.neutral.id, j.work.id, j.phone.id, j.arm.id]);
  });

  it('quotes the part of an entry that says what happened', () => {
    const j = issueJournal();
    const quotes = storyFor(j.longing, j.all).map((s) => s.quote);
    expect(quotes).toEqual([
      'He turned up at my work and waited outside until I came out.',
      'He threw my phone against the wall.',
      'He grabbed my arm so hard it left marks. I told him to stop.',
    ]);
  });

  it('puts the hardest of the other days first when nothing notes harm', () => {
    const low = entry(at(2026, 11, 1), { mood: 2, text: 'A low day.' });
    const lowest = entry(at(2026, 10, 1), { mood: 1, text: 'The worst night.' });
    const today = entry(at(2026, 11, 20), { feelings: [LONGING] });
    expect(storyFor(today, [low, lowest, today], 1).map((s) => s.entry.id)).toEqual([lowest.id]);
  });

  it('skips an entry noting harm whose every line excuses it, and takes the next one', () => {
    const excused = entry(at(2026, 11, 10), {
      mood: 2,
      events: [HARM],
      text: 'He was just having a bad day. He didn’t mean it.',
    });
    const plain = entry(at(2026, 11, 1), { mood: 3, events: [HARM], text: 'He shouted at me.' });
    const today = entry(at(2026, 11, 20), { events: [URGE] });
    const items = storyFor(today, [excused, plain, today]);
    expect(items).toEqual([{ entry: plain, quote: 'He shouted at me.' }]);
  });
});

describe('the quote from an entry', () => {
  it('leaves out lines of self-blame and excuses, and questions', () => {
    expect(
      storyQuote('He pushed me into the door. It was my fault. Why do I stay? It hurt for days.'),
    ).toBe('He pushed me into the door. It hurt for days.');
  });

  it('starts where the entry says what was done', () => {
    expect(storyQuote('A long day at work. Then he smashed the plate I liked.')).toBe(
      'Then he smashed the plate I liked.',
    );
  });

  it('keeps to whole sentences within the limit, and shortens one long sentence', () => {
    expect(storyQuote('He yelled. The neighbours heard it all.', 12)).toBe('He yelled.');
    expect(storyQuote('He threw the chair across the room', 10)).toBe('He threw t…');
  });

  it('has nothing to offer when every line blames the writer or there are no words', () => {
    expect(storyQuote('It was all my fault. I deserved it.')).toBeNull();
    expect(storyQuote('   ')).toBeNull();
  });
});
