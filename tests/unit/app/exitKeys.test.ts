import { describe, expect, it } from 'vitest';
import { type KeyPress, NO_PRESSES, type PressResult, pressKey } from '../../../src/app/exitKeys';

/** Plays key events; returns every result. */
function play(presses: Omit<KeyPress, 'repeat'>[]): PressResult[] {
  let state = NO_PRESSES;
  return presses.map((press) => {
    const result = pressKey(state, { repeat: false, ...press });
    state = result.state;
    return result;
  });
}

const shift = (time: number): Omit<KeyPress, 'repeat'>[] => [
  { type: 'keydown', key: 'Shift', time },
  { type: 'keyup', key: 'Shift', time: time + 50 },
];
const capital = (letter: string, time: number): Omit<KeyPress, 'repeat'>[] => [
  { type: 'keydown', key: 'Shift', time },
  { type: 'keydown', key: letter, time: time + 20 },
  { type: 'keyup', key: letter, time: time + 40 },
  { type: 'keyup', key: 'Shift', time: time + 60 },
];
const key = (name: string, time: number): Omit<KeyPress, 'repeat'> => ({
  type: 'keydown',
  key: name,
  time,
});

describe('the quick exit keys', () => {
  it('exit on the third Shift pressed on its own', () => {
    const results = play([...shift(0), ...shift(300), ...shift(600)]);
    expect(results.map((r) => r.exit)).toEqual([false, false, false, false, false, true]);
  });

  it('tell a screen reader how many more Shift presses are needed', () => {
    const hints = play([...shift(0), ...shift(300)])
      .map((r) => r.hint)
      .filter((hint) => hint);
    expect(hints).toEqual([
      'Press Shift 2 more times to leave this page.',
      'Press Shift once more to leave this page.',
    ]);
  });

  it('do not count a Shift used to type capital letters', () => {
    const results = play([...capital('A', 0), ...capital('B', 200), ...capital('C', 400)]);
    expect(results.some((r) => r.exit)).toBe(false);
  });

  it('start the Shift count again after any other key', () => {
    const results = play([...shift(0), ...shift(200), key('a', 300), ...shift(400)]);
    expect(results.some((r) => r.exit)).toBe(false);
    expect(
      play([
        ...shift(0),
        ...shift(200),
        key('a', 300),
        ...shift(400),
        ...shift(500),
        ...shift(600),
      ]).at(-1)?.exit,
    ).toBe(true);
  });

  it('do not exit when a capital follows two lone Shifts', () => {
    const results = play([...shift(0), ...shift(200), ...capital('I', 400)]);
    expect(results.some((r) => r.exit)).toBe(false);
  });

  it('ignore a held Shift repeating', () => {
    let state = NO_PRESSES;
    for (let i = 0; i < 10; i += 1) {
      const result = pressKey(state, { type: 'keydown', key: 'Shift', repeat: i > 0, time: i });
      expect(result.exit).toBe(false);
      state = result.state;
    }
    expect(pressKey(state, { type: 'keyup', key: 'Shift', repeat: false, time: 20 }).exit).toBe(
      false,
    );
  });

  it('leave Escape to the page and to assistive technology, however often it is pressed', () => {
    const escapes = [0, 100, 200, 300].map((time) => key('Escape', time));
    expect(play(escapes).map((r) => r.exit)).toEqual([false, false, false, false]);
    expect(play(escapes).map((r) => r.hint)).toEqual([null, null, null, null]);
  });

  it('start the Shift count again after an Escape', () => {
    expect(
      play([...shift(0), ...shift(200), key('Escape', 300), ...shift(400)]).some((r) => r.exit),
    ).toBe(false);
  });

  it('ignore typing that is not Shift', () => {
    const typing = 'hello there'.split('').map((ch, i) => key(ch, i * 10));
    expect(play(typing).some((r) => r.exit)).toBe(false);
  });
});
