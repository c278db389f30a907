import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useKeel } from '../../../src/state/store';
import { DEFAULT_SETTINGS, type Entry } from '../../../src/storage/types';
import ReframeNote from '../../../src/features/reflect/ReframeNote';
import { matchSentence, REFRAME_PATTERNS } from '../../../src/features/reflect/reframes';
import { POSITIVE } from './reframeSentences';

function entry(text: string): Entry {
  return {
    id: 'entry-1',
    createdAt: 1,
    updatedAt: 1,
    happenedAt: 1,
    text,
    mood: null,
    feelings: [],
    events: [],
  };
}

afterEach(() => {
  cleanup();
  useKeel.setState(useKeel.getInitialState(), true);
});

describe('the gentle note’s own sentence', () => {
  it.each(REFRAME_PATTERNS.map((p) => [p.id, p] as const))(
    'for “%s” names the pattern in Keel’s voice, to “you”',
    (_id, pattern) => {
      const line = POSITIVE.find((sentence) => matchSentence(sentence)?.id === pattern.id);
      expect(line, `a sentence in POSITIVE that ${pattern.id} notices`).toBeDefined();
      useKeel.setState({ settings: { ...DEFAULT_SETTINGS, reframes: 'on' } });
      render(<ReframeNote entry={entry(line ?? '')} />);

      const note = screen.getByRole('complementary', { name: 'A gentle note' });
      const sentence = [...note.querySelectorAll('p')].find((p) =>
        p.textContent.startsWith('This might be'),
      );
      const text = sentence?.textContent ?? '';
      expect(text).toBe(`This might be ${pattern.phrase}. ${pattern.about}`);
      // Not the person's voice ("i", "me", "my"), and no lower-cased "I" from a title.
      expect(` ${text} `).not.toMatch(/ i /);
      expect(text).not.toMatch(/\b(?:I|i|me|my|mine|myself)\b/);
      // The kinder sentence, by contrast, is theirs to try: it may say "I".
      expect(note).toHaveTextContent(`A kinder sentence to try: ${pattern.kinder}`);
    },
  );
});
