import { describe, expect, it } from 'vitest';
import { checkExitUrl } from '../../../src/lib/exitUrl';
import { disguiseFor, DISGUISES, iconUrl } from '../../../src/lib/disguise';
import {
  FIRST_WAIT_MS,
  LONGEST_WAIT_MS,
  waitAfter,
  waitLeft,
} from '../../../src/features/lock/attempts';
import { newPassphraseProblem } from '../../../src/features/lock/PassphraseForm';
import en from '../../../src/ui/i18n/messages/en';
import { translate, type Translate } from '../../../src/ui/i18n/i18n';

const t: Translate = (key, params) => translate(en, 'en', key, params);

describe('the exit page address', () => {
  it('accepts an https address', () => {
    expect(checkExitUrl(' https://www.bbc.com/weather ')).toEqual({
      ok: true,
      url: 'https://www.bbc.com/weather',
    });
  });

  it('refuses plain http, other schemes, words, and this app itself', () => {
    expect(checkExitUrl('http://example.com').ok).toBe(false);
    expect(checkExitUrl('javascript:alert(1)').ok).toBe(false);
    expect(checkExitUrl('weather').ok).toBe(false);
    expect(checkExitUrl('https://user:pw@example.com').ok).toBe(false);
    expect(checkExitUrl('https://keel.example/x', 'https://keel.example').ok).toBe(false);
  });
});

describe('slowing down repeated wrong passphrases', () => {
  it('lets the first tries through at once, then waits longer each time, up to a cap', () => {
    expect([0, 1, 2].map(waitAfter)).toEqual([0, 0, 0]);
    expect(waitAfter(3)).toBe(FIRST_WAIT_MS);
    expect(waitAfter(4)).toBe(FIRST_WAIT_MS * 2);
    expect(waitAfter(5)).toBeGreaterThan(waitAfter(4));
    expect(waitAfter(50)).toBe(LONGEST_WAIT_MS);
  });

  it('counts the wait from the last failure', () => {
    expect(waitLeft({ failures: 3, lastFailureAt: 1000 }, 1000)).toBe(FIRST_WAIT_MS);
    expect(waitLeft({ failures: 3, lastFailureAt: 1000 }, 1000 + FIRST_WAIT_MS)).toBe(0);
  });
});

describe('choosing a new passphrase', () => {
  it('asks for a few characters and the same words twice', () => {
    expect(newPassphraseProblem('abc', 'abc', t)).not.toBe('');
    expect(newPassphraseProblem('river stone', 'river stones', t)).not.toBe('');
    expect(newPassphraseProblem('river stone', 'river stone', t)).toBe('');
  });
});

describe('the tab disguise', () => {
  it('has a matching icon for each neutral title', () => {
    for (const disguise of DISGUISES) {
      expect(disguiseFor(disguise.title)).toBe(disguise);
      expect(iconUrl(disguise)).toMatch(/^data:image\/svg\+xml,/);
    }
    expect(disguiseFor('Something else').title).toBe('Something else');
  });

  it('never shows Keel’s own icon beside a title that is not Keel', () => {
    const keel = disguiseFor('Keel').svg;
    expect(disguiseFor('Something else').svg).not.toBe(keel);
    expect(disguiseFor('   ').title).toBe('Keel');
  });
});
