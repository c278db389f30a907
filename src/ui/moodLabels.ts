import type { Mood } from '../storage/types';

export const MOOD_LABELS: Record<Mood, string> = {
  1: 'very hard',
  2: 'hard',
  3: 'mixed',
  4: 'okay',
  5: 'good',
};
