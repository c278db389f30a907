/**
 * The quick exit keys, as a pure function of key events. Shift pressed three times in a
 * row (GOV.UK's "Exit this page" convention). Escape is left to the page and to assistive
 * technology (docs/decisions/0020-escape-twice.md).
 * A Shift that is part of typing a capital (another key pressed while it was down)
 * does not count, and any other key starts the Shift count again.
 */

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

function times(n: number): string {
  return n === 1 ? 'once more' : `${n} more times`;
}

export function pressKey(state: PressState, press: KeyPress): PressResult {
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
      hint: `Press Shift ${times(SHIFT_PRESSES - shifts)} to leave this page.`,
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
