/** Generated entries for timing Patterns (seeded: every run times the same data). */
import type { Entry, Mood } from '../src/storage/types';
import { rng as random } from './generate';

export function generate(count: number, today: number, years = 4): Entry[] {
  const next = random(42);
  const span = years * 365 * 86_400_000;
  const pick = (prefix: string, max: number, n: number) => [
    ...new Set(
      Array.from(
        { length: n },
        () => `${prefix}${String(1 + Math.floor(next() * max)).padStart(2, '0')}`,
      ),
    ),
  ];
  return Array.from({ length: count }, (_, i) => {
    const at = today - Math.floor(next() * span);
    const events = pick('e', 10, Math.floor(next() * 3));
    return {
      id: `bench-${i}`,
      createdAt: at,
      updatedAt: at,
      happenedAt: at,
      text: `Generated entry ${i} with a few words about the day.`,
      mood: next() < 0.1 ? null : ((1 + Math.floor(next() * 5)) as Mood),
      feelings: pick('f', 21, Math.floor(next() * 4)),
      events,
    };
  });
}
