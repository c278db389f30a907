import { describe, expect, it } from 'vitest';
import { estimateStrength as estimate } from '../../../src/features/lock/strength';
import en from '../../../src/ui/i18n/messages/en';
import { translate, type Translate } from '../../../src/ui/i18n/i18n';

const t: Translate = (key, params) => translate(en, 'en', key, params);

const estimateStrength = (p: string) => estimate(p, t);

const level = (p: string) => estimateStrength(p).level;

describe('the passphrase strength estimate', () => {
  it('calls four or more random words strong', () => {
    expect(level('harbour velvet ninety lantern')).toBe('strong');
    expect(level('café-río-niño-árbol-luz')).toBe('strong');
  });

  it('calls three words fair, and suggests one more', () => {
    const three = estimateStrength('river stone ember');
    expect(three.level).toBe('fair');
    expect(three.message).toMatch(/one more random word/i);
  });

  it('calls common choices, repeats and digits alone weak, suggesting four or more words', () => {
    for (const p of ['password', 'Password1', 'aaaaaaaaaaaa', '12345678', 'abababab', 'letmein!']) {
      expect(level(p), p).toBe('weak');
    }
    expect(estimateStrength('Tr0ub4dor').message).toMatch(/four or more random words/i);
  });

  it('says when it is shorter than 8 characters', () => {
    expect(level('short')).toBe('short');
  });
});
