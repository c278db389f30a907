/**
 * The quick exit keys, as a pure function of key events. Shift pressed three times in a
 * row (GOV.UK's "Exit this page" convention). Escape is left to the page and to assistive
 * technology (docs/decisions/0020-escape-twice.md).
 * A Shift that is part of typing a capital (another key pressed while it was down)
 * does not count, and any other key starts the Shift count again.
 */
import { translateNow } from '../ui/i18n/i18n';

export const SHIFT_PRESSES = 3;
/** The Shift presses must come within this time of each other, as on GOV.UK. */
export const SHIFT_WINDOW_MS = 5000;

export interface PressState {
  shifts: number;
  lastShiftAt: number;
  shiftDown: boolean;
  /** No other key was pressed while Shift was down. */
  shiftAlone: boolean;
}

export const NO_PRESSES: PressState = {
  shifts: 0,
  lastShiftAt: 0,
  shiftDown: false,
  shiftAlone: false,
};

export interface KeyPress {
  type: 'keydown' | 'keyup';
  key: string;
  repeat: boolean;
  /** Milliseconds, any clock that only goes forward. */
  time: number;
}

export interface PressResult {
  state: PressState;
  exit: boolean;
  /** What a screen reader should hear now: a hint, '' to clear it, or null for no change. */
  hint: string | null;
}

/** The words of a hint, given how many more presses leave (the catalogue's by default). */
export type SayPresses = (remaining: number) => string;

const sayPresses: SayPresses = (count) => translateNow('shell.pressShift', { count });

export function pressKey(state: PressState, press: KeyPress, say = sayPresses): PressResult {
  const hadHint = state.shifts > 0;
  if (press.key === 'Shift') {
    if (press.type === 'keydown') {
      if (press.repeat) return { state, exit: false, hint: null };
      return {
        state: { ...state, shiftDown: true, shiftAlone: true },
        exit: false,
        hint: null,
      };
    }
    if (!state.shiftDown || !state.shiftAlone) {
      return { state: { ...state, shiftDown: false }, exit: false, hint: null };
    }
    const fresh = press.time - state.lastShiftAt > SHIFT_WINDOW_MS;
    const shifts = (fresh ? 0 : state.shifts) + 1;
    if (shifts >= SHIFT_PRESSES) return { state: NO_PRESSES, exit: true, hint: '' };
    return {
      state: { ...state, shifts, lastShiftAt: press.time, shiftDown: false, shiftAlone: false },
      exit: false,
      hint: say(SHIFT_PRESSES - shifts),
    };
  }
  if (press.type === 'keyup') return { state, exit: false, hint: null };
  // Any other key: a Shift held with it was for a capital, and both counts start again.
  return {
    state: { ...NO_PRESSES, shiftDown: state.shiftDown, shiftAlone: false },
    exit: false,
    hint: hadHint ? '' : null,
  };
}
