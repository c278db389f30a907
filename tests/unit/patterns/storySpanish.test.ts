import { describe, expect, it } from 'vitest';
import { storyQuote } from '../../../src/features/patterns/story';

describe('the whole story, written in Spanish', () => {
  it('starts where the entry says what was done', () => {
    expect(storyQuote('Un día largo en el trabajo. Luego me empujó contra la puerta.')).toBe(
      'Luego me empujó contra la puerta.',
    );
    expect(storyQuote('Cenamos tarde. Rompió el plato que me gustaba.')).toBe(
      'Rompió el plato que me gustaba.',
    );
    expect(storyQuote('Llegué a casa. No me dejó salir en toda la noche.')).toBe(
      'No me dejó salir en toda la noche.',
    );
  });

  it('never quotes a Spanish line of self-blame', () => {
    expect(storyQuote('Me empujó contra la puerta. Fue culpa mía. Me dolió durante días.')).toBe(
      'Me empujó contra la puerta. Me dolió durante días.',
    );
  });

  it('does not take part of a longer word for what was done', () => {
    expect(storyQuote('Hablamos del golpeteo de la lluvia. Después cenamos.')).toBe(
      'Hablamos del golpeteo de la lluvia. Después cenamos.',
    );
  });
});
