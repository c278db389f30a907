/**
 * Where "Staying safe on this device" was opened from, so its back button names the
 * place it returns to ("Back to safety", "Back to settings").
 */
import { useKeel } from './store';

export type StayingSafeFrom = 'safety' | 'settings';

let from: StayingSafeFrom = 'settings';

export function openStayingSafe(origin: StayingSafeFrom): void {
  from = origin;
  useKeel.getState().go('staying-safe');
}

export function stayingSafeFrom(): StayingSafeFrom {
  return from;
}
