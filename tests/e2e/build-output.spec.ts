/**
 * Checks of the built app in dist/ (npm test builds it before the browser tests): what the
 * service worker precaches, and the Content-Security-Policy. These read files; the header
 * check asks the test server.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIST = 'dist';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const path = join(folder, item.name);
    return item.isDirectory() ? filesUnder(path) : [relative(DIST, path).split('\\').join('/')];
  });
}

/** The URLs in sw.js's precache manifest, in order (duplicates kept, so a test can see them). */
function precachedUrls(): string[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const list = sw.match(/precacheAndRoute\(\[(.*?)\]/s)?.[1] ?? '';
  return [...list.matchAll(/url:\s*"([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** A policy as directive name → its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

function metaPolicy(html: string): string {
  const tag = html.match(/<meta[^>]+http-equiv="Content-Security-Policy"[^>]*>/i)?.[0] ?? '';
  return (tag.match(/content="([^"]*)"/)?.[1] ?? '').replaceAll('&#39;', "'");
}

/** The only sources a policy may name: nothing off the device, no host, no scheme-wide wildcard. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", 'data:', 'blob:']);

test.describe('the built app', () => {
  test('the service worker precaches index.html, the manifests, the icons and every chunk', () => {
    const precached = precachedUrls();
    expect(new Set(precached).size).toBe(precached.length); // each file once
    for (const url of precached) expect(existsSync(join(DIST, url)), url).toBe(true);

    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
      icons: { src: string }[];
    };
    const needed = [
      'index.html',
      'manifest.webmanifest',
      'favicon.svg',
      'icon-32.png',
      'apple-touch-icon.png',
      ...manifest.icons.map((icon) => icon.src),
      ...filesUnder(DIST).filter((file) => /\.(js|css|wasm|png|webmanifest)$/.test(file)),
    ].filter((file) => file !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(file));
    expect(needed.filter((file) => file.startsWith('assets/')).length).toBeGreaterThan(1);
    expect(precached.sort()).toEqual([...new Set(needed)].sort());
  });

  test('the service worker falls back to index.html and fetches nothing at run time', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    expect(sw).toContain('createHandlerBoundToURL("index.html")');
    expect(sw).toContain('cleanupOutdatedCaches()');
    expect(sw).toContain('clientsClaim()');
    // One route (navigations), no runtime caching, and no address anywhere.
    expect(sw.match(/registerRoute\(/g)).toHaveLength(1);
    expect(sw).not.toMatch(/https?:\/\//);
    // It takes over only when asked (the update notice), never straight after installing.
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
  });

  test('the manifest is plain and installable', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({ name: 'Keel', short_name: 'Keel', display: 'standalone' });
    const icons = manifest.icons as { sizes: string; purpose?: string }[];
    expect(icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512', '512x512']);
    expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });

  test('each disguise has its own manifest, with its name and icons and no word of Keel', () => {
    for (const name of ['Notes', 'Calendar', 'Weather', 'Recipes', 'Page']) {
      const file = join(DIST, `manifest-${name.toLowerCase()}.webmanifest`);
      const text = readFileSync(file, 'utf8');
      expect(text.toLowerCase()).not.toContain('keel');
      const manifest = JSON.parse(text) as { icons: { src: string; sizes: string }[] };
      expect(manifest).toMatchObject({ name, short_name: name, display: 'standalone' });
      expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
      for (const icon of manifest.icons)
        expect(existsSync(join(DIST, icon.src)), icon.src).toBe(true);
    }
  });

  test('index.html has no inline script and the same policy as the server header', async ({
    request,
  }) => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/[^"]+"/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+="/i); // no inline event handlers either

    const header = (await request.get('/')).headers()['content-security-policy'] ?? '';
    const fromHeader = parsePolicy(header);
    const fromMeta = parsePolicy(metaPolicy(html));
    // frame-ancestors works only as a header; everything else is the same, word for word.
    expect(fromHeader.get('frame-ancestors')).toEqual(["'none'"]);
    fromHeader.delete('frame-ancestors');
    expect([...fromMeta]).toEqual([...fromHeader]);

    expect(fromMeta.get('default-src')).toEqual(["'self'"]);
    expect(fromMeta.get('object-src')).toEqual(["'none'"]);
    expect(fromMeta.get('base-uri')).toEqual(["'none'"]);
    expect(fromMeta.get('form-action')).toEqual(["'none'"]);
    expect(fromMeta.get('script-src')).not.toContain("'unsafe-inline'");
    for (const [name, sources] of [...fromMeta, ...parsePolicy(header)]) {
      for (const source of sources) expect(LOCAL_SOURCES, `${name} ${source}`).toContain(source);
    }
  });
});
