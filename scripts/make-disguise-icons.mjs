// Renders the PNG icons of each disguise's web app manifest (public/disguise-<name>-<size>.png)
// from the SVG drawings in src/lib/disguise.ts, in the local headless Chromium, as
// scripts/make-icons.mjs does for Keel's own. Run after changing a drawing:
// `node scripts/make-disguise-icons.mjs`. The PNGs are committed; the build does not run this.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The presets' titles and SVG bodies, read from the source (one `title`, then one `svg(...)`). */
function disguises() {
  const source = readFileSync('src/lib/disguise.ts', 'utf8');
  const found = [...source.matchAll(/title: '([^']+)',\s*svg: svg\(\s*'([^']+)'/g)].map(
    ([, title, body]) => ({ name: title.toLowerCase(), body }),
  );
  const plain = source.match(/const PLAIN_PAGE = svg\(\s*'([^']+)'/)?.[1];
  return [...found.filter((d) => d.name !== 'keel'), { name: 'page', body: plain }];
}

const SIZES = [192, 512];

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const { name, body } of disguises()) {
      for (const size of SIZES) {
        const page = await browser.newPage({
          viewport: { width: size, height: size },
          deviceScaleFactor: 1,
        });
        // A white tile under the 32-unit drawing, so every launcher shows it on a plain ground.
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="-4 -4 40 40"><rect x="-4" y="-4" width="40" height="40" rx="8" fill="#ffffff"/>${body}</svg>`;
        await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
        const file = `public/disguise-${name}-${size}.png`;
        await page.screenshot({ path: file, omitBackground: true });
        await page.close();
        console.log(`${file} (${size}×${size})`);
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
