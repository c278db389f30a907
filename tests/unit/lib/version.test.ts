import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../src/lib/version';

describe('APP_VERSION', () => {
  it('says "dev" outside a Vite build, where the version is not defined', () => {
    expect(APP_VERSION).toBe('dev');
  });
});
