/**
 * A short, kind estimate of how hard a passphrase is to guess, as the person types. A small
 * rule of our own (docs/decisions/0014-passphrase-strength.md): words and length count,
 * repeats and the most common choices do not. It only advises: any 8+ characters are allowed.
 */
import { MIN_PASSPHRASE } from '../../lib/passphraseLength';
import type { Translate } from '../../ui/i18n/i18n';

export type StrengthLevel = 'short' | 'weak' | 'fair' | 'strong';

export interface Strength {
  level: StrengthLevel;
  message: string;
}

/** A few of the most guessed choices, compared without spaces, digits or case. */
const COMMON = new Set([
  'password',
  'passphrase',
  'qwerty',
  'qwertyuiop',
  'letmein',
  'iloveyou',
  'welcome',
  'abcdefgh',
  'trustno',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'monkey',
  'dragon',
]);

/** The separate words: runs of letters (any script) three or more long. */
export function wordsIn(passphrase: string): string[] {
  return (passphrase.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter(Boolean);
}

export function estimateStrength(passphrase: string, t: Translate): Strength {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE) {
    return {
      level: 'short',
      message: t('strength.short', { min: MIN_PASSPHRASE }),
    };
  }
  const words = new Set(wordsIn(passphrase));
  const squashed = passphrase.toLowerCase().replace(/[^\p{L}]/gu, '');
  const variety = new Set(passphrase).size;
  if (variety < 4 || COMMON.has(squashed) || /^\d+$/.test(passphrase)) {
    return {
      level: 'weak',
      message: t('strength.easy'),
    };
  }
  if (words.size >= 4 && length >= 16) {
    return { level: 'strong', message: t('strength.strong') };
  }
  if (words.size >= 3 || length >= 16) {
    return {
      level: 'fair',
      message: t('strength.fair'),
    };
  }
  return {
    level: 'weak',
    message: t('strength.guessable'),
  };
}
