import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every stylesheet under src/, so a right-to-left language can follow the layout. */
function stylesheets(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const path = join(folder, item.name);
    if (item.isDirectory()) return stylesheets(path);
    return item.name.endsWith('.css') ? [path] : [];
  });
}

const physical =
  /(?:^|[\s;{])(?:(?:margin|padding|border)-(?:left|right)|left|right)\s*:|text-align:\s*(?:left|right)|float:\s*(?:left|right)/;

describe('stylesheets', () => {
  const files = stylesheets('src');

  it('are found', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('use logical properties (inline start and end), never left and right', () => {
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line: line.trim(), where: `${file}:${index + 1}` }))
        .filter(({ line }) => physical.test(line)),
    );
    expect(found).toEqual([]);
  });

  it('would notice a physical property', () => {
    expect(physical.test('  margin-left: 1rem;')).toBe(true);
    expect(physical.test('  left: 0;')).toBe(true);
    expect(physical.test('  text-align: right;')).toBe(true);
    expect(physical.test('  margin-inline-start: 1rem;')).toBe(false);
    expect(physical.test('  inset-inline: 0;')).toBe(false);
  });
});
